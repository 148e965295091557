package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ATTENDANCE;

import java.time.OffsetDateTime;
import java.util.Collection;
import org.jooq.DSLContext;

/** Attendance per sitting: who is in the hall (or at a remote site), excused or absent. */
public final class AttendanceDao {
    private final DSLContext dsl;

    public AttendanceDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Marks a delegate present unless the sitting already has a mark for them. */
    public void markPresentIfUnmarked(long sittingId, Collection<Long> delegates, OffsetDateTime at) {
        if (delegates.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(ATTENDANCE, ATTENDANCE.SITTING_ID, ATTENDANCE.DELEGATE_ID,
                ATTENDANCE.STATUS, ATTENDANCE.MARKED_AT).values((Long) null, null, null, null).onDuplicateKeyIgnore());
        delegates.forEach(d -> batch.bind(sittingId, d, "PRESENT", at));
        batch.execute();
    }

    /** Delegates taking part in the sitting: in the hall or at a remote site. */
    public int countPresent(long sittingId) {
        return dsl.fetchCount(ATTENDANCE, ATTENDANCE.SITTING_ID.eq(sittingId)
                .and(ATTENDANCE.STATUS.in("PRESENT", "REMOTE")));
    }
}
