package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ATTENDANCE;
import static vn.dienhong.persistence.jooq.Tables.DELEGATE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.impl.DSL;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;
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

    /** Sets a delegate's mark for the sitting, replacing any earlier one. */
    public void mark(long sittingId, long delegateId, AttendanceStatus status, String reason, OffsetDateTime at) {
        dsl.mergeInto(ATTENDANCE).using(DSL.selectOne())
                .on(ATTENDANCE.SITTING_ID.eq(sittingId).and(ATTENDANCE.DELEGATE_ID.eq(delegateId)))
                .whenMatchedThenUpdate().set(ATTENDANCE.STATUS, status.name()).set(ATTENDANCE.REASON, reason)
                .set(ATTENDANCE.MARKED_AT, at)
                .whenNotMatchedThenInsert(ATTENDANCE.SITTING_ID, ATTENDANCE.DELEGATE_ID, ATTENDANCE.STATUS,
                        ATTENDANCE.REASON, ATTENDANCE.MARKED_AT)
                .values(sittingId, delegateId, status.name(), reason, at).execute();
    }

    /** Every member of the meeting with their mark for the sitting (UNMARKED when none), in seat order. */
    public List<AttendanceLine> lines(long sittingId, long meetingId) {
        return dsl.select(DELEGATE.ID, DELEGATE.FULL_NAME, DELEGATE.SEAT, ATTENDANCE.STATUS, ATTENDANCE.REASON)
                .from(DELEGATE).leftJoin(ATTENDANCE)
                .on(ATTENDANCE.DELEGATE_ID.eq(DELEGATE.ID).and(ATTENDANCE.SITTING_ID.eq(sittingId)))
                .where(CouncilDao.memberOf(meetingId))
                .orderBy(DELEGATE.SEAT.asc().nullsLast(), DELEGATE.ID)
                .fetch(r -> new AttendanceLine(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? AttendanceStatus.UNMARKED : AttendanceStatus.valueOf(r.value4()), r.value5()));
    }

    /** Delegates taking part in the sitting: in the hall or at a remote site. */
    public int countPresent(long sittingId) {
        return dsl.fetchCount(ATTENDANCE, ATTENDANCE.SITTING_ID.eq(sittingId)
                .and(ATTENDANCE.STATUS.in("PRESENT", "REMOTE")));
    }
}
