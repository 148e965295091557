package vn.dienhong.model;

/** A personal login in the hall; a delegate's account points at the delegate it speaks and votes for. */
public record Account(long id, String username, Role role, Long delegateId, String displayName, String title,
                      boolean active) {
}
