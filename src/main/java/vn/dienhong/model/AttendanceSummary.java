package vn.dienhong.model;

/**
 * A sitting's attendance against the quorum: {@code present} counts everyone taking part (in the
 * hall or at a remote site), {@code required} is the smallest number that reaches the quorum.
 */
public record AttendanceSummary(Long sittingId, int inHall, int remote, int excused, int absent, int unmarked,
                                int total, int required, boolean quorumMet) {

    public int present() {
        return inHall + remote;
    }
}
