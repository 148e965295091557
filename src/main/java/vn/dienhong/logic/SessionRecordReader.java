package vn.dienhong.logic;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.dienhong.model.Council;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Notice;
import vn.dienhong.model.RecordedSitting;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.model.Sitting;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.AttendanceDao;
import vn.dienhong.persistence.AuditDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.FloorNoteDao;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.RecordDao;
import vn.dienhong.persistence.SpeakerDao;
import vn.dienhong.persistence.VoteDao;

/**
 * Gathers a meeting's whole record from the DAOs, with each closed vote counted the same way the
 * hall counted it ({@link VoteCounter}), so the archive cannot disagree with what the chair announced.
 */
final class SessionRecordReader {
    private SessionRecordReader() {
    }

    /** The record, with {@code chain} (the whole audit chain) as read in the same transaction. */
    static SessionRecord read(DSLContext dsl, long meetingId, List<AuditDao.Entry> chain, OffsetDateTime at) {
        Meeting meeting = new MeetingDao(dsl).findMeeting(meetingId)
                .orElseThrow(() -> new ArchiveFailed("Không có cuộc họp số " + meetingId + " trong dữ liệu."));
        CouncilDao councils = new CouncilDao(dsl);
        Council council = councils.findCouncil(meeting.councilId()).orElseThrow();
        RecordDao records = new RecordDao(dsl);
        var delegates = councils.members(meetingId);
        Map<Long, RecordDao.SittingTimes> times = records.sittingTimes(meetingId);
        AttendanceDao attendance = new AttendanceDao(dsl);
        List<RecordedSitting> sittings = new ArrayList<>();
        for (Sitting s : new MeetingDao(dsl).sittings(meetingId)) {
            RecordDao.SittingTimes t = times.get(s.id());
            sittings.add(new RecordedSitting(s, t.openedAt(), t.closedAt(), attendance.lines(s.id(), meetingId)));
        }
        VoteDao voteDao = new VoteDao(dsl);
        List<RecordedVote> votes = new ArrayList<>();
        for (Vote v : voteDao.ofMeeting(meetingId)) {
            boolean closed = v.status() == VoteStatus.CLOSED;
            votes.add(new RecordedVote(v, closed ? VoteCounter.result(dsl, v) : null,
                    closed && !v.isSecret() ? VoteCounter.openBallots(dsl, v) : List.of(),
                    voteDao.auditHead(v.id()).orElse(null)));
        }
        List<Notice> notices = new ArrayList<>(new FloorNoteDao(dsl).notices(meetingId));
        java.util.Collections.reverse(notices);
        String head = chain.isEmpty() ? AuditLog.GENESIS : chain.get(chain.size() - 1).hash();
        return new SessionRecord(council, meeting, delegates.size(), records.presiding(), sittings,
                new MeetingDao(dsl).agenda(meetingId), delegates, records.documents(meetingId),
                new SpeakerDao(dsl).all(meetingId), records.questions(meetingId), records.opinionCount(meetingId),
                notices, votes, head, at);
    }
}
