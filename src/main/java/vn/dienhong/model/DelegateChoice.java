package vn.dienhong.model;

/** One delegate's line in an open vote's record; {@code choice} is null for a delegate who did not vote. */
public record DelegateChoice(long delegateId, String name, String seat, String choice) {
}
