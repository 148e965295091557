package vn.dienhong.logic;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.AttendanceDao;
import vn.dienhong.persistence.BallotDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.VoteDao;

/**
 * Records ballots in groups: whatever has arrived is committed in one transaction on the session
 * engine, and each tablet is answered only after that commit. A burst of hundreds of ballots then
 * costs a few commits instead of hundreds, and the serial engine makes "one ballot per delegate"
 * and "no ballot after close" simple to keep.
 */
final class BallotBatcher {
    private static final int MAX_BATCH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean grouped;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    private record Pending(long voteId, Account account, String ballotUuid, String choice,
                           CompletableFuture<CastResult> answer) {
    }

    BallotBatcher(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock, boolean grouped) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.grouped = grouped;
    }

    CompletableFuture<CastResult> submit(long voteId, Account account, String ballotUuid, String choice) {
        Pending pending = new Pending(voteId, account, ballotUuid, choice, new CompletableFuture<>());
        queue.add(pending);
        if (scheduled.compareAndSet(false, true)) {
            executors.change(this::drain);
        }
        return pending.answer();
    }

    private Void drain() {
        scheduled.set(false);
        List<Pending> batch = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
            batch.add(p);
            if (batch.size() == (grouped ? MAX_BATCH : 1)) {
                commit(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            commit(batch);
        }
        return null;
    }

    private void commit(List<Pending> batch) {
        Map<Pending, CastResult> results = new LinkedHashMap<>();
        Map<Long, Integer> voted = new HashMap<>();
        try {
            db.dsl().transaction(tx -> {
                results.clear();
                voted.clear();
                for (Pending p : batch) {
                    results.put(p, record(tx.dsl(), p));
                }
                batch.stream().map(Pending::voteId).distinct()
                        .forEach(v -> voted.put(v, new BallotDao(tx.dsl()).voterCount(v, isSecret(tx.dsl(), v))));
            });
        } catch (RuntimeException e) {
            batch.forEach(p -> p.answer().completeExceptionally(e));
            return;
        }
        voted.forEach((voteId, count) -> events.publish("vote.progress", Map.of("voteId", voteId, "voted", count)));
        results.forEach((p, result) -> p.answer().complete(result));
    }

    private static boolean isSecret(DSLContext tx, long voteId) {
        return new VoteDao(tx).find(voteId).map(Vote::isSecret).orElse(false);
    }

    private CastResult record(DSLContext tx, Pending p) {
        Optional<Vote> found = new VoteDao(tx).find(p.voteId());
        Long meeting = new MeetingDao(tx).latestMeeting().map(m -> m.id()).orElse(null);
        if (found.isEmpty() || meeting == null || found.get().meetingId() != meeting) {
            return new CastResult.Refused(CastResult.Reason.UNKNOWN_VOTE);
        }
        Vote vote = found.get();
        if (!p.account().role().mayVote() || p.account().delegateId() == null) {
            return new CastResult.Refused(CastResult.Reason.NOT_A_VOTER);
        }
        long delegate = p.account().delegateId();
        BallotDao ballots = new BallotDao(tx);
        Optional<BallotDao.Recorded> earlier = vote.isSecret() ? ballots.findSecretVoter(vote.id(), delegate)
                : ballots.findOpen(vote.id(), delegate);
        // a retry whose first answer was lost gets its receipt, even after the vote has closed
        if (earlier.isPresent() && earlier.get().ballotUuid().equals(p.ballotUuid())) {
            return new CastResult.Accepted(earlier.get().receipt(), true);
        }
        if (!vote.kind().choices().contains(p.choice())) {
            return new CastResult.Refused(CastResult.Reason.UNKNOWN_CHOICE);
        }
        if (vote.status() != VoteStatus.OPEN) {
            return new CastResult.Refused(CastResult.Reason.NOT_OPEN);
        }
        if (earlier.isPresent() && (vote.isSecret() || !vote.allowChange())) {
            return new CastResult.Refused(CastResult.Reason.ALREADY_VOTED);
        }
        String receipt = newReceipt();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (vote.isSecret()) {
            ballots.insertSecretVoter(vote.id(), delegate, p.ballotUuid(), receipt);
            ballots.addToSecretTally(vote.id(), p.choice(), 1);
            audit.append(tx, "ballot.accepted", Map.of("voteId", vote.id(), "delegateId", delegate));
        } else {
            if (earlier.isPresent()) {
                ballots.changeOpen(vote.id(), delegate, p.ballotUuid(), p.choice(), receipt, now);
            } else {
                ballots.insertOpen(vote.id(), delegate, p.ballotUuid(), p.choice(), receipt, now);
            }
            audit.append(tx, earlier.isPresent() ? "ballot.changed" : "ballot.accepted",
                    Map.of("voteId", vote.id(), "delegateId", delegate, "choice", p.choice()));
        }
        new MeetingDao(tx).latestMeeting().map(m -> m.currentSittingId()).ifPresent(sitting ->
                new AttendanceDao(tx).markPresentIfUnmarked(sitting, delegate, now));
        return new CastResult.Accepted(receipt, false);
    }

    /** A short code the delegate can read out; random, so it says nothing about the choice. */
    private static String newReceipt() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
    }
}
