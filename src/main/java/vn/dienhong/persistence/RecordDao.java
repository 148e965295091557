package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ACCOUNT;
import static vn.dienhong.persistence.jooq.Tables.DELEGATE;
import static vn.dienhong.persistence.jooq.Tables.DOCUMENT;
import static vn.dienhong.persistence.jooq.Tables.OPINION;
import static vn.dienhong.persistence.jooq.Tables.QUESTION;
import static vn.dienhong.persistence.jooq.Tables.SITTING;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.OfficeHolder;
import vn.dienhong.model.RecordedDocument;
import vn.dienhong.model.RecordedQuestion;
import vn.dienhong.model.Role;

/**
 * The reads only the session record needs (every document version, sittings' real times, questions,
 * who presided): the other DAOs serve the running hall and leave these out.
 */
public final class RecordDao {
    private final DSLContext dsl;

    /** When a sitting was actually opened and closed (null while it was not). */
    public record SittingTimes(OffsetDateTime openedAt, OffsetDateTime closedAt) {
    }

    public RecordDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Opening and closing times by sitting id. */
    public Map<Long, SittingTimes> sittingTimes(long meetingId) {
        return dsl.select(SITTING.ID, SITTING.OPENED_AT, SITTING.CLOSED_AT).from(SITTING)
                .where(SITTING.MEETING_ID.eq(meetingId))
                .fetchMap(r -> r.value1(), r -> new SittingTimes(r.value2(), r.value3()));
    }

    /** Every row of the meeting's documents, replaced and withdrawn versions included, oldest first. */
    public List<RecordedDocument> documents(long meetingId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.MEETING_ID.eq(meetingId)).orderBy(DOCUMENT.ID)
                .fetch(r -> new RecordedDocument(r.getId(), r.getAgendaItemId(),
                        DocumentCategory.valueOf(r.getCategory()), r.getTitle(), r.getNumber(), r.getVersion(),
                        r.getReplacesId(), r.getPages(), r.getSizeBytes(), r.getSha256(), r.getCreatedAt(),
                        r.getWithdrawnAt()));
    }

    /** Questions put in the meeting, spoken or written, with the asker's and the respondent's names. */
    public List<RecordedQuestion> questions(long meetingId) {
        return dsl.select(QUESTION.ID, DELEGATE.FULL_NAME, ACCOUNT.DISPLAY_NAME, QUESTION.TEXT, QUESTION.WRITTEN,
                        QUESTION.ASKED_AT, QUESTION.ANSWERED_AT)
                .from(QUESTION).join(DELEGATE).on(DELEGATE.ID.eq(QUESTION.DELEGATE_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(QUESTION.RESPONDENT_ID))
                .where(QUESTION.MEETING_ID.eq(meetingId)).orderBy(QUESTION.ASKED_AT, QUESTION.ID)
                .fetch(r -> new RecordedQuestion(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** How many written opinions were sent to the chair. */
    public int opinionCount(long meetingId) {
        return dsl.fetchCount(OPINION, OPINION.MEETING_ID.eq(meetingId));
    }

    /** The chair and the secretariat: active accounts with those roles, chair first. */
    public List<OfficeHolder> presiding() {
        return dsl.select(ACCOUNT.ROLE, ACCOUNT.DISPLAY_NAME, ACCOUNT.TITLE).from(ACCOUNT)
                .where(ACCOUNT.ACTIVE.isTrue().and(ACCOUNT.ROLE.in(Role.CHAIR.name(), Role.SECRETARY.name())))
                .orderBy(ACCOUNT.ROLE, ACCOUNT.ID)
                .fetch(r -> new OfficeHolder(Role.valueOf(r.value1()), r.value2(), r.value3()));
    }
}
