package vn.dienhong.model;

/** A delegate's attendance at one sitting (điểm danh); PRESENT and REMOTE count towards the quorum. */
public enum AttendanceStatus {
    /** In the hall. */
    PRESENT,
    /** At a remote site (điểm cầu). */
    REMOTE,
    /** Absent with a reason (vắng có lý do). */
    EXCUSED,
    ABSENT,
    /** Not marked yet. */
    UNMARKED;

    public boolean takesPart() {
        return this == PRESENT || this == REMOTE;
    }
}
