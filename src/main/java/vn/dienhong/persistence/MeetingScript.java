package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ACCOUNT;
import static vn.dienhong.persistence.jooq.Tables.AGENDA_ITEM;
import static vn.dienhong.persistence.jooq.Tables.ATTENDANCE;
import static vn.dienhong.persistence.jooq.Tables.AUDIT_EVENT;
import static vn.dienhong.persistence.jooq.Tables.BALLOT;
import static vn.dienhong.persistence.jooq.Tables.COUNCIL;
import static vn.dienhong.persistence.jooq.Tables.DELEGATE;
import static vn.dienhong.persistence.jooq.Tables.DOCUMENT;
import static vn.dienhong.persistence.jooq.Tables.MEETING;
import static vn.dienhong.persistence.jooq.Tables.MEETING_PARTICIPANT;
import static vn.dienhong.persistence.jooq.Tables.NOTICE;
import static vn.dienhong.persistence.jooq.Tables.OPINION;
import static vn.dienhong.persistence.jooq.Tables.QUESTION;
import static vn.dienhong.persistence.jooq.Tables.SECRET_TALLY;
import static vn.dienhong.persistence.jooq.Tables.SECRET_VOTER;
import static vn.dienhong.persistence.jooq.Tables.SITTING;
import static vn.dienhong.persistence.jooq.Tables.SPEAKER_REQUEST;
import static vn.dienhong.persistence.jooq.Tables.VOTE;

import java.nio.file.Path;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes one meeting's rows as an H2 {@code SCRIPT} (SQL that any later H2 replays): H2's own file is
 * not portable across H2 versions, so the archive keeps SQL. The rows are first copied into a fresh
 * in-memory database of the same schema, so the script holds this meeting only, and PIN hashes and
 * login sessions never leave the hall.
 */
public final class MeetingScript {
    private static final int CHUNK = 500;
    private final DSLContext dsl;

    public MeetingScript(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the script of the meeting to {@code file} (UTF-8). */
    public void write(long meetingId, Path file) {
        long councilId = dsl.select(MEETING.COUNCIL_ID).from(MEETING).where(MEETING.ID.eq(meetingId))
                .fetchSingle(r -> r.value1());
        var sittings = DSL.select(SITTING.ID).from(SITTING).where(SITTING.MEETING_ID.eq(meetingId));
        var votes = DSL.select(VOTE.ID).from(VOTE).where(VOTE.MEETING_ID.eq(meetingId));
        try (Database copy = Database.openInMemory()) {
            DSLContext to = copy.dsl();
            copy(to, COUNCIL, COUNCIL.ID.eq(councilId), COUNCIL.ID);
            copy(to, DELEGATE, DELEGATE.COUNCIL_ID.eq(councilId), DELEGATE.ID);
            Result<Record> accounts = dsl.select(ACCOUNT.fields()).from(ACCOUNT).orderBy(ACCOUNT.ID).fetch();
            accounts.forEach(a -> a.set(ACCOUNT.PIN_HASH, "-"));
            insert(to, ACCOUNT, accounts);
            copy(to, MEETING, MEETING.ID.eq(meetingId), MEETING.ID);
            copy(to, MEETING_PARTICIPANT, MEETING_PARTICIPANT.MEETING_ID.eq(meetingId), MEETING_PARTICIPANT.DELEGATE_ID);
            copy(to, SITTING, SITTING.MEETING_ID.eq(meetingId), SITTING.ID);
            copy(to, AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId), AGENDA_ITEM.ID);
            copy(to, DOCUMENT, DOCUMENT.MEETING_ID.eq(meetingId), DOCUMENT.ID);
            copy(to, ATTENDANCE, ATTENDANCE.SITTING_ID.in(sittings), ATTENDANCE.SITTING_ID);
            copy(to, VOTE, VOTE.MEETING_ID.eq(meetingId), VOTE.ID);
            copy(to, BALLOT, BALLOT.VOTE_ID.in(votes), BALLOT.ID);
            copy(to, SECRET_VOTER, SECRET_VOTER.VOTE_ID.in(votes), SECRET_VOTER.VOTE_ID);
            copy(to, SECRET_TALLY, SECRET_TALLY.VOTE_ID.in(votes), SECRET_TALLY.VOTE_ID);
            copy(to, SPEAKER_REQUEST, SPEAKER_REQUEST.MEETING_ID.eq(meetingId), SPEAKER_REQUEST.ID);
            copy(to, QUESTION, QUESTION.MEETING_ID.eq(meetingId), QUESTION.ID);
            copy(to, OPINION, OPINION.MEETING_ID.eq(meetingId), OPINION.ID);
            copy(to, NOTICE, NOTICE.MEETING_ID.eq(meetingId), NOTICE.ID);
            // the chain is one for the whole hall: only all of it verifies
            copy(to, AUDIT_EVENT, DSL.noCondition(), AUDIT_EVENT.SEQ);
            to.execute("SCRIPT TO {0} CHARSET 'UTF-8'", DSL.inline(file.toAbsolutePath().toString()));
        }
    }

    private void copy(DSLContext to, Table<?> table, Condition where, org.jooq.Field<?> order) {
        insert(to, table, dsl.select(table.fields()).from(table).where(where).orderBy(order).fetch());
    }

    private static void insert(DSLContext to, Table<?> table, Result<Record> rows) {
        List<Record> all = rows;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Record> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            to.insertInto(table).columns(table.fields()).valuesOfRecords(chunk).execute();
        }
    }
}
