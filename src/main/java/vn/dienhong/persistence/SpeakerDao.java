package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ACCOUNT;
import static vn.dienhong.persistence.jooq.Tables.DELEGATE;
import static vn.dienhong.persistence.jooq.Tables.SPEAKER_REQUEST;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;

/** Requests to speak and their queue order, with the delegate's and the respondent's names. */
public final class SpeakerDao {
    private final DSLContext dsl;

    public SpeakerDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds a waiting request at the end of the meeting's queue. */
    public long insert(long meetingId, long delegateId, SpeakerKind kind, Long respondentId, Long replyToId, String topic,
                       OffsetDateTime at) {
        Integer last = dsl.select(DSL.max(SPEAKER_REQUEST.POSITION)).from(SPEAKER_REQUEST)
                .where(SPEAKER_REQUEST.MEETING_ID.eq(meetingId)).fetchOne(r -> r.value1());
        return dsl.insertInto(SPEAKER_REQUEST).set(SPEAKER_REQUEST.MEETING_ID, meetingId)
                .set(SPEAKER_REQUEST.DELEGATE_ID, delegateId).set(SPEAKER_REQUEST.KIND, kind.name())
                .set(SPEAKER_REQUEST.RESPONDENT_ID, respondentId).set(SPEAKER_REQUEST.REPLY_TO_ID, replyToId)
                .set(SPEAKER_REQUEST.TOPIC, topic).set(SPEAKER_REQUEST.STATUS, SpeakerStatus.WAITING.name())
                .set(SPEAKER_REQUEST.POSITION, last == null ? 1 : last + 1).set(SPEAKER_REQUEST.REQUESTED_AT, at)
                .returning(SPEAKER_REQUEST.ID).fetchOne(SPEAKER_REQUEST.ID);
    }

    public Optional<SpeakerRequest> find(long id) {
        return joined().where(SPEAKER_REQUEST.ID.eq(id)).fetchOptional(SpeakerDao::toRequest);
    }

    /** The meeting's waiting and speaking requests, speaking first, then in queue order. */
    public List<SpeakerRequest> queue(long meetingId) {
        return where(SPEAKER_REQUEST.MEETING_ID.eq(meetingId)
                .and(SPEAKER_REQUEST.STATUS.in(SpeakerStatus.WAITING.name(), SpeakerStatus.SPEAKING.name())));
    }

    /** Every request of the meeting in queue order, whatever became of it (for the record). */
    public List<SpeakerRequest> all(long meetingId) {
        return where(SPEAKER_REQUEST.MEETING_ID.eq(meetingId));
    }

    /** Questions addressed to one respondent in the meeting. */
    public List<SpeakerRequest> questionsFor(long meetingId, long respondentAccountId) {
        return where(SPEAKER_REQUEST.MEETING_ID.eq(meetingId).and(SPEAKER_REQUEST.RESPONDENT_ID.eq(respondentAccountId)));
    }

    public void setStatus(long id, SpeakerStatus status, OffsetDateTime startedAt, OffsetDateTime endedAt) {
        dsl.update(SPEAKER_REQUEST).set(SPEAKER_REQUEST.STATUS, status.name())
                .set(SPEAKER_REQUEST.STARTED_AT, DSL.coalesce(DSL.val(startedAt), SPEAKER_REQUEST.STARTED_AT))
                .set(SPEAKER_REQUEST.ENDED_AT, endedAt).where(SPEAKER_REQUEST.ID.eq(id)).execute();
    }

    public void setPosition(long id, int position) {
        dsl.update(SPEAKER_REQUEST).set(SPEAKER_REQUEST.POSITION, position).where(SPEAKER_REQUEST.ID.eq(id)).execute();
    }

    private List<SpeakerRequest> where(Condition condition) {
        return joined().where(condition)
                .orderBy(DSL.when(SPEAKER_REQUEST.STATUS.eq(SpeakerStatus.SPEAKING.name()), 0).otherwise(1),
                        SPEAKER_REQUEST.POSITION, SPEAKER_REQUEST.ID)
                .fetch(SpeakerDao::toRequest);
    }

    private SelectOnConditionStep<Record> joined() {
        return dsl.select(SPEAKER_REQUEST.fields()).select(DELEGATE.FULL_NAME, DELEGATE.SEAT, ACCOUNT.DISPLAY_NAME)
                .from(SPEAKER_REQUEST).join(DELEGATE).on(DELEGATE.ID.eq(SPEAKER_REQUEST.DELEGATE_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(SPEAKER_REQUEST.RESPONDENT_ID));
    }

    private static SpeakerRequest toRequest(Record r) {
        return new SpeakerRequest(r.get(SPEAKER_REQUEST.ID), r.get(SPEAKER_REQUEST.MEETING_ID),
                r.get(SPEAKER_REQUEST.DELEGATE_ID), r.get(DELEGATE.FULL_NAME), r.get(DELEGATE.SEAT),
                SpeakerKind.valueOf(r.get(SPEAKER_REQUEST.KIND)), r.get(SPEAKER_REQUEST.RESPONDENT_ID),
                r.get(ACCOUNT.DISPLAY_NAME), r.get(SPEAKER_REQUEST.REPLY_TO_ID), r.get(SPEAKER_REQUEST.TOPIC),
                SpeakerStatus.valueOf(r.get(SPEAKER_REQUEST.STATUS)), r.get(SPEAKER_REQUEST.POSITION),
                r.get(SPEAKER_REQUEST.REQUESTED_AT), r.get(SPEAKER_REQUEST.STARTED_AT), r.get(SPEAKER_REQUEST.ENDED_AT));
    }
}
