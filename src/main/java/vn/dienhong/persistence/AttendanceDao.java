package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ATTENDANCE;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** Attendance per sitting: who is in the hall (or at a remote site), excused or absent. */
public final class AttendanceDao {
    private final DSLContext dsl;

    public AttendanceDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Marks a delegate present unless the sitting already has a mark for them. */
    public void markPresentIfUnmarked(long sittingId, long delegateId, OffsetDateTime at) {
        dsl.insertInto(ATTENDANCE).set(ATTENDANCE.SITTING_ID, sittingId).set(ATTENDANCE.DELEGATE_ID, delegateId)
                .set(ATTENDANCE.STATUS, "PRESENT").set(ATTENDANCE.MARKED_AT, at)
                .onDuplicateKeyIgnore().execute();
    }

    /** Delegates taking part in the sitting: in the hall or at a remote site. */
    public int countPresent(long sittingId) {
        return dsl.fetchCount(ATTENDANCE, ATTENDANCE.SITTING_ID.eq(sittingId)
                .and(ATTENDANCE.STATUS.in("PRESENT", "REMOTE")));
    }
}
