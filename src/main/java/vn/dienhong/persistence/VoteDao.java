package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.VOTE;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.jooq.tables.records.VoteRecord;

/** Reads and writes votes and their status; ballots live in {@link BallotDao}. */
public final class VoteDao {
    private final DSLContext dsl;

    public VoteDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long meetingId, Long agendaItemId, String title, VoteKind kind, VoteForm form,
                       Threshold threshold, boolean allowChange, Integer countdownSeconds, Long rerunOf,
                       List<String> subjects, int maxChoices) {
        return dsl.insertInto(VOTE)
                .set(VOTE.MEETING_ID, meetingId).set(VOTE.AGENDA_ITEM_ID, agendaItemId).set(VOTE.TITLE, title)
                .set(VOTE.KIND, kind.name()).set(VOTE.FORM, form.name()).set(VOTE.THRESHOLD, threshold.name())
                .set(VOTE.STATUS, VoteStatus.DRAFT.name()).set(VOTE.ALLOW_CHANGE, allowChange)
                .set(VOTE.COUNTDOWN_SECONDS, countdownSeconds).set(VOTE.RERUN_OF, rerunOf)
                .set(VOTE.SUBJECTS, String.join("\n", subjects)).set(VOTE.MAX_CHOICES, maxChoices)
                .set(VOTE.CREATED_AT, OffsetDateTime.now())
                .returning(VOTE.ID).fetchOne(VOTE.ID);
    }

    public Optional<Vote> find(long id) {
        return dsl.selectFrom(VOTE).where(VOTE.ID.eq(id)).fetchOptional(VoteDao::toVote);
    }

    /** The meeting's open vote, if any (at most one is open at a time). */
    public Optional<Vote> open(long meetingId) {
        return dsl.selectFrom(VOTE).where(VOTE.MEETING_ID.eq(meetingId).and(VOTE.STATUS.eq(VoteStatus.OPEN.name())))
                .fetchOptional(VoteDao::toVote);
    }

    public List<Vote> ofMeeting(long meetingId) {
        return dsl.selectFrom(VOTE).where(VOTE.MEETING_ID.eq(meetingId)).orderBy(VOTE.ID).fetch(VoteDao::toVote);
    }

    public void markOpen(long id, OffsetDateTime at) {
        dsl.update(VOTE).set(VOTE.STATUS, VoteStatus.OPEN.name()).set(VOTE.OPENED_AT, at)
                .where(VOTE.ID.eq(id)).execute();
    }

    /** Closes the vote and freezes the total and present counts its result is measured against. */
    public void markClosed(long id, OffsetDateTime at, int total, int present) {
        dsl.update(VOTE).set(VOTE.STATUS, VoteStatus.CLOSED.name()).set(VOTE.CLOSED_AT, at)
                .set(VOTE.TOTAL_AT_CLOSE, total).set(VOTE.PRESENT_AT_CLOSE, present)
                .where(VOTE.ID.eq(id)).execute();
    }

    public void markCancelled(long id, OffsetDateTime at) {
        dsl.update(VOTE).set(VOTE.STATUS, VoteStatus.CANCELLED.name()).set(VOTE.CLOSED_AT, at)
                .where(VOTE.ID.eq(id)).execute();
    }

    /** Records the audit head hash of the vote's close entry. */
    public void setAuditHead(long id, String hash) {
        dsl.update(VOTE).set(VOTE.AUDIT_HEAD, hash).where(VOTE.ID.eq(id)).execute();
    }

    /** The audit head hash recorded when the vote closed, or empty while it is not closed. */
    public Optional<String> auditHead(long id) {
        return dsl.select(VOTE.AUDIT_HEAD).from(VOTE).where(VOTE.ID.eq(id)).and(VOTE.AUDIT_HEAD.isNotNull())
                .fetchOptional(r -> r.value1());
    }

    /** The total and present counts frozen at close: [total, present], or empty while open. */
    public Optional<int[]> frozenCounts(long id) {
        return dsl.select(VOTE.TOTAL_AT_CLOSE, VOTE.PRESENT_AT_CLOSE).from(VOTE).where(VOTE.ID.eq(id))
                .and(VOTE.TOTAL_AT_CLOSE.isNotNull())
                .fetchOptional(r -> new int[] {r.value1(), r.value2()});
    }

    private static Vote toVote(VoteRecord r) {
        List<String> subjects = r.getSubjects().isEmpty() ? List.of() : Arrays.asList(r.getSubjects().split("\n"));
        return new Vote(r.getId(), r.getMeetingId(), r.getAgendaItemId(), r.getTitle(), VoteKind.valueOf(r.getKind()),
                VoteForm.valueOf(r.getForm()), Threshold.valueOf(r.getThreshold()), VoteStatus.valueOf(r.getStatus()),
                r.getAllowChange(), r.getCountdownSeconds(), r.getRerunOf(), subjects, r.getMaxChoices(),
                r.getOpenedAt(), r.getClosedAt());
    }
}
