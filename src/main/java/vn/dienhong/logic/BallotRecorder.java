package vn.dienhong.logic;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.AttendanceDao;
import vn.dienhong.persistence.BallotDao;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.VoteDao;

/**
 * Records the ballots of one group commit inside its transaction, applying the rules one by one;
 * the running meeting, the votes and the audit head are read once per group, not once per ballot.
 */
final class BallotRecorder {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Optional<Meeting> meeting;
    private final VoteDao votes;
    private final BallotDao ballots;
    private final AttendanceDao attendance;
    private final AuditLog.Appender audit;
    private final OffsetDateTime now;
    private final Map<Long, Optional<Vote>> voteCache = new HashMap<>();
    private final Map<Long, Integer> accepted = new HashMap<>();
    private final Map<Counter, Integer> secretCounts = new HashMap<>();

    private record Counter(long voteId, String subject, String choice) {
    }

    BallotRecorder(DSLContext tx, AuditLog log, OffsetDateTime now) {
        this.meeting = new MeetingDao(tx).latestMeeting();
        this.votes = new VoteDao(tx);
        this.ballots = new BallotDao(tx);
        this.attendance = new AttendanceDao(tx);
        this.audit = log.appender(tx);
        this.now = now;
    }

    CastResult record(long voteId, Account account, String ballotUuid, List<String> marks) {
        Optional<Vote> found = voteCache.computeIfAbsent(voteId, votes::find);
        if (found.isEmpty() || meeting.isEmpty() || found.get().meetingId() != meeting.get().id()) {
            return new CastResult.Refused(CastResult.Reason.UNKNOWN_VOTE);
        }
        Vote vote = found.get();
        if (!account.role().mayVote() || account.delegateId() == null) {
            return new CastResult.Refused(CastResult.Reason.NOT_A_VOTER);
        }
        long delegate = account.delegateId();
        Optional<BallotDao.Recorded> earlier = vote.isSecret() ? ballots.findSecretVoter(vote.id(), delegate)
                : ballots.findOpen(vote.id(), delegate);
        // a retry whose first answer was lost gets its receipt, even after the vote has closed
        if (earlier.isPresent() && earlier.get().ballotUuid().equals(ballotUuid)) {
            return new CastResult.Accepted(earlier.get().receipt(), true);
        }
        Optional<CastResult.Reason> unfit = BallotMarks.problem(vote, marks);
        if (unfit.isPresent()) {
            return new CastResult.Refused(unfit.get());
        }
        if (vote.status() != VoteStatus.OPEN) {
            return new CastResult.Refused(CastResult.Reason.NOT_OPEN);
        }
        if (earlier.isPresent() && (vote.isSecret() || !vote.allowChange())) {
            return new CastResult.Refused(CastResult.Reason.ALREADY_VOTED);
        }
        String receipt = newReceipt();
        String choice = marks.get(0);
        if (vote.isSecret()) {
            ballots.insertSecretVoter(vote.id(), delegate, ballotUuid, receipt);
            List<String> subjects = VoteCounter.tallySubjects(vote);
            for (int i = 0; i < marks.size(); i++) {
                secretCounts.merge(new Counter(vote.id(), subjects.get(i), marks.get(i)), 1, Integer::sum);
            }
            audit.append("ballot.accepted", Map.of("voteId", vote.id(), "delegateId", delegate));
        } else if (earlier.isPresent()) {
            ballots.changeOpen(vote.id(), delegate, ballotUuid, choice, receipt, now);
            audit.append("ballot.changed", Map.of("voteId", vote.id(), "delegateId", delegate, "choice", choice));
        } else {
            ballots.insertOpen(vote.id(), delegate, ballotUuid, choice, receipt, now);
            audit.append("ballot.accepted", Map.of("voteId", vote.id(), "delegateId", delegate, "choice", choice));
        }
        Long sitting = meeting.get().currentSittingId();
        if (sitting != null) {
            attendance.markPresentIfUnmarked(sitting, delegate, now);
        }
        accepted.merge(vote.id(), 1, Integer::sum);
        return new CastResult.Accepted(receipt, false);
    }

    /**
     * Adds the group's secret marks to the counters, one update per counter for the whole group; call
     * once after the last ballot, inside the same transaction.
     */
    void addSecretCounts() {
        secretCounts.forEach((c, n) -> ballots.addToSecretTally(c.voteId(), c.subject(), c.choice(), n));
        secretCounts.clear();
    }

    /** How many delegates have voted now, for each vote that got a new ballot in this group. */
    Map<Long, Integer> votedCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        accepted.keySet().forEach(id -> counts.put(id, ballots.voterCount(id, voteCache.get(id).orElseThrow().isSecret())));
        return counts;
    }

    /** A short code the delegate can read out; random, so it says nothing about the choice. */
    private static String newReceipt() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
    }
}
