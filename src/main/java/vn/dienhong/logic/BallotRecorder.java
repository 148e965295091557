package vn.dienhong.logic;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.AttendanceDao;
import vn.dienhong.persistence.BallotDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.BallotDao.OpenBallot;
import vn.dienhong.persistence.BallotDao.Recorded;
import vn.dienhong.persistence.BallotDao.SecretVoter;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.VoteDao;

/**
 * Records the ballots of one group commit inside its transaction: it reads what the group's
 * delegates already have in one query per vote, applies the rules ballot by ballot in memory, then
 * writes the group in a few batched statements, so a burst costs statements per group, not per ballot.
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
    private final Map<Key, Recorded> known = new HashMap<>();
    private final Map<Key, OpenBallot> openInserts = new LinkedHashMap<>();
    private final Map<Key, OpenBallot> openChanges = new LinkedHashMap<>();
    private final List<SecretVoter> secretVoters = new ArrayList<>();
    private final Map<Counter, Integer> secretCounts = new HashMap<>();
    private final Set<Long> present = new LinkedHashSet<>();
    private final Set<Long> touchedVotes = new LinkedHashSet<>();
    private final Set<Long> members;

    /** One ballot as the tablet sent it. */
    record Ballot(long voteId, Account account, String ballotUuid, List<String> marks) {
    }

    private record Key(long voteId, long delegateId) {
    }

    private record Counter(long voteId, String subject, String choice) {
    }

    BallotRecorder(DSLContext tx, AuditLog log, OffsetDateTime now) {
        this.meeting = new MeetingDao(tx).latestMeeting();
        this.votes = new VoteDao(tx);
        this.ballots = new BallotDao(tx);
        this.attendance = new AttendanceDao(tx);
        this.audit = log.appender(tx);
        this.now = now;
        this.members = meeting.map(m -> new CouncilDao(tx).members(m.id()).stream().map(Delegate::id)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** Decides and writes the whole group; the answers are in the order of the ballots. */
    List<CastResult> recordAll(List<Ballot> group) {
        Map<Long, List<Long>> delegatesByVote = new LinkedHashMap<>();
        group.stream().filter(b -> b.account().delegateId() != null && vote(b.voteId()).isPresent())
                .forEach(b -> delegatesByVote.computeIfAbsent(b.voteId(), v -> new ArrayList<>()).add(b.account().delegateId()));
        delegatesByVote.forEach((voteId, delegates) -> ballots.findRecorded(voteId, vote(voteId).orElseThrow().isSecret(),
                delegates).forEach((delegate, recorded) -> known.put(new Key(voteId, delegate), recorded)));
        List<CastResult> results = group.stream().map(this::decide).toList();
        write();
        return results;
    }

    private CastResult decide(Ballot b) {
        Optional<Vote> found = vote(b.voteId());
        if (found.isEmpty()) {
            return new CastResult.Refused(CastResult.Reason.UNKNOWN_VOTE);
        }
        Vote vote = found.get();
        if (!b.account().role().mayVote() || !members.contains(b.account().delegateId())) {
            return new CastResult.Refused(CastResult.Reason.NOT_A_VOTER);
        }
        Key key = new Key(vote.id(), b.account().delegateId());
        Recorded earlier = known.get(key);
        // a retry whose first answer was lost gets its receipt, even after the vote has closed
        if (earlier != null && earlier.ballotUuid().equals(b.ballotUuid())) {
            return new CastResult.Accepted(earlier.receipt(), true);
        }
        Optional<CastResult.Reason> unfit = BallotMarks.problem(vote, b.marks());
        if (unfit.isPresent()) {
            return new CastResult.Refused(unfit.get());
        }
        if (vote.status() != VoteStatus.OPEN) {
            return new CastResult.Refused(CastResult.Reason.NOT_OPEN);
        }
        if (earlier != null && (vote.isSecret() || !vote.allowChange())) {
            return new CastResult.Refused(CastResult.Reason.ALREADY_VOTED);
        }
        String receipt = newReceipt();
        accept(vote, key, b, receipt, earlier != null);
        return new CastResult.Accepted(receipt, false);
    }

    private void accept(Vote vote, Key key, Ballot b, String receipt, boolean change) {
        long delegate = key.delegateId();
        if (vote.isSecret()) {
            secretVoters.add(new SecretVoter(vote.id(), delegate, b.ballotUuid(), receipt));
            List<String> subjects = VoteCounter.tallySubjects(vote);
            for (int i = 0; i < b.marks().size(); i++) {
                secretCounts.merge(new Counter(vote.id(), subjects.get(i), b.marks().get(i)), 1, Integer::sum);
            }
            audit.append("ballot.accepted", Map.of("voteId", vote.id(), "delegateId", delegate));
        } else {
            String choice = b.marks().get(0);
            OpenBallot row = new OpenBallot(vote.id(), delegate, b.ballotUuid(), choice, receipt, now);
            // a change of a ballot first stored in this same group replaces the pending insert
            (change && !openInserts.containsKey(key) ? openChanges : openInserts).put(key, row);
            audit.append(change ? "ballot.changed" : "ballot.accepted",
                    Map.of("voteId", vote.id(), "delegateId", delegate, "choice", choice));
        }
        known.put(key, new Recorded(b.ballotUuid(), receipt, null));
        present.add(delegate);
        touchedVotes.add(vote.id());
    }

    private void write() {
        ballots.insertOpen(List.copyOf(openInserts.values()));
        openChanges.values().forEach(ballots::changeOpen);
        ballots.insertSecretVoters(secretVoters);
        secretCounts.forEach((c, n) -> ballots.addToSecretTally(c.voteId(), c.subject(), c.choice(), n));
        Long sitting = meeting.map(Meeting::currentSittingId).orElse(null);
        if (sitting != null) {
            attendance.markPresentIfUnmarked(sitting, present, now);
        }
        audit.flush();
    }

    /** How many delegates have voted now, for each vote that got a new ballot in this group. */
    Map<Long, Integer> votedCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        touchedVotes.forEach(id -> counts.put(id, ballots.voterCount(id, vote(id).orElseThrow().isSecret())));
        return counts;
    }

    /** The vote if it belongs to the running meeting; read once per group. */
    private Optional<Vote> vote(long voteId) {
        return voteCache.computeIfAbsent(voteId, id -> votes.find(id)
                .filter(v -> meeting.isPresent() && v.meetingId() == meeting.get().id()));
    }

    /** A short code the delegate can read out; random, so it says nothing about the choice. */
    private static String newReceipt() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
    }
}
