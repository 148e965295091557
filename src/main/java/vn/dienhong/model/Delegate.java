package vn.dienhong.model;

/** An elected council member; the count of active delegates is the legal "total" for thresholds. */
public record Delegate(long id, long councilId, String fullName, String title, String electoralUnit,
                       String groupName, String seat) {
}
