package vn.dienhong.model;

/** A people's council (HĐND) of one term. */
public record Council(long id, String name, CouncilLevel level, String term) {
}
