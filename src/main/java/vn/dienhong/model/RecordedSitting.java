package vn.dienhong.model;

import java.time.OffsetDateTime;
import java.util.List;

/** A sitting as the minutes report it: when it opened and closed, and every member's attendance mark. */
public record RecordedSitting(Sitting sitting, OffsetDateTime openedAt, OffsetDateTime closedAt,
                              List<AttendanceLine> attendance) {
    public RecordedSitting {
        attendance = List.copyOf(attendance);
    }

    /** Members taking part: in the hall or at a remote site ("có mặt X"). */
    public int present() {
        return (int) attendance.stream().filter(a -> a.status().takesPart()).count();
    }
}
