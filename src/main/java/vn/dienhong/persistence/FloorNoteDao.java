package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.DELEGATE;
import static vn.dienhong.persistence.jooq.Tables.NOTICE;
import static vn.dienhong.persistence.jooq.Tables.OPINION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.dienhong.model.Notice;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.OpinionStatus;

/** The written side of the floor: opinions to the chair and notices to every tablet. */
public final class FloorNoteDao {
    private final DSLContext dsl;

    public FloorNoteDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertOpinion(long meetingId, long delegateId, String text, OffsetDateTime at) {
        return dsl.insertInto(OPINION).set(OPINION.MEETING_ID, meetingId).set(OPINION.DELEGATE_ID, delegateId)
                .set(OPINION.TEXT, text).set(OPINION.STATUS, OpinionStatus.NEW.name()).set(OPINION.SENT_AT, at)
                .returning(OPINION.ID).fetchOne(OPINION.ID);
    }

    public Optional<Opinion> findOpinion(long id) {
        return dsl.select(OPINION.fields()).select(DELEGATE.FULL_NAME).from(OPINION).join(DELEGATE)
                .on(DELEGATE.ID.eq(OPINION.DELEGATE_ID)).where(OPINION.ID.eq(id)).fetchOptional(FloorNoteDao::toOpinion);
    }

    /** The meeting's opinions, newest first; only of one delegate when {@code delegateId} is given. */
    public List<Opinion> opinions(long meetingId, Long delegateId) {
        var where = OPINION.MEETING_ID.eq(meetingId);
        if (delegateId != null) {
            where = where.and(OPINION.DELEGATE_ID.eq(delegateId));
        }
        return dsl.select(OPINION.fields()).select(DELEGATE.FULL_NAME).from(OPINION).join(DELEGATE)
                .on(DELEGATE.ID.eq(OPINION.DELEGATE_ID)).where(where).orderBy(OPINION.ID.desc())
                .fetch(FloorNoteDao::toOpinion);
    }

    public int countUnread(long meetingId) {
        return dsl.fetchCount(OPINION, OPINION.MEETING_ID.eq(meetingId).and(OPINION.STATUS.eq(OpinionStatus.NEW.name())));
    }

    public void setOpinionStatus(long id, OpinionStatus status, OffsetDateTime at) {
        dsl.update(OPINION).set(OPINION.STATUS, status.name()).set(OPINION.HANDLED_AT, at).where(OPINION.ID.eq(id)).execute();
    }

    public long insertNotice(long meetingId, String text, OffsetDateTime at) {
        return dsl.insertInto(NOTICE).set(NOTICE.MEETING_ID, meetingId).set(NOTICE.TEXT, text).set(NOTICE.POSTED_AT, at)
                .returning(NOTICE.ID).fetchOne(NOTICE.ID);
    }

    /** The meeting's notices, newest first. */
    public List<Notice> notices(long meetingId) {
        return dsl.selectFrom(NOTICE).where(NOTICE.MEETING_ID.eq(meetingId)).orderBy(NOTICE.ID.desc())
                .fetch(r -> new Notice(r.getId(), r.getMeetingId(), r.getText(), r.getPostedAt()));
    }

    private static Opinion toOpinion(Record r) {
        return new Opinion(r.get(OPINION.ID), r.get(OPINION.MEETING_ID), r.get(OPINION.DELEGATE_ID),
                r.get(DELEGATE.FULL_NAME), r.get(OPINION.TEXT), OpinionStatus.valueOf(r.get(OPINION.STATUS)),
                r.get(OPINION.SENT_AT), r.get(OPINION.HANDLED_AT));
    }
}
