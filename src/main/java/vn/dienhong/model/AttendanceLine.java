package vn.dienhong.model;

/** One delegate's line on a sitting's attendance list. */
public record AttendanceLine(long delegateId, String name, String seat, AttendanceStatus status, String reason) {
}
