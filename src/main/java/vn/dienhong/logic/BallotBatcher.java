package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.model.Account;
import vn.dienhong.persistence.Database;

/**
 * Records ballots in groups: whatever has arrived is committed in one transaction on the session
 * engine, and each tablet is answered only after that commit. A burst of hundreds of ballots then
 * costs a few commits instead of hundreds, and the serial engine makes "one ballot per delegate"
 * and "no ballot after close" simple to keep. Progress (and the attendance the ballots checked in)
 * reaches the screens at most five times a second.
 */
final class BallotBatcher {
    private static final Logger LOG = LoggerFactory.getLogger(BallotBatcher.class);
    private static final int MAX_BATCH = 256;
    private static final long PROGRESS_EVERY_MILLIS = 200;
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final boolean grouped;
    /** Ballots check their delegates in: the count of those present is announced with the progress. */
    private final Runnable attendanceChanged;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Map<Long, Integer> progress = new ConcurrentHashMap<>();
    private final AtomicBoolean progressScheduled = new AtomicBoolean();

    private record Pending(BallotRecorder.Ballot ballot, CompletableFuture<CastResult> answer) {
    }

    BallotBatcher(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock,
                  ScheduledExecutorService timer, boolean grouped, Runnable attendanceChanged) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.timer = timer;
        this.grouped = grouped;
        this.attendanceChanged = attendanceChanged;
    }

    CompletableFuture<CastResult> submit(long voteId, Account account, String ballotUuid, List<String> marks) {
        Pending pending = new Pending(new BallotRecorder.Ballot(voteId, account, ballotUuid, marks),
                new CompletableFuture<>());
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
        try {
            List<CastResult> results = db.dsl().transactionResult(tx -> {
                BallotRecorder recorder = new BallotRecorder(tx.dsl(), audit, OffsetDateTime.now(clock));
                List<CastResult> answers = recorder.recordAll(batch.stream().map(Pending::ballot).toList());
                reportProgress(recorder.votedCounts());
                return answers;
            });
            db.flush();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(results.get(i));
            }
        } catch (RuntimeException groupFailed) {
            if (batch.size() == 1) {
                answerFailure(batch.get(0), groupFailed);
            } else {
                // one bad ballot must not sink the others: record each alone
                batch.forEach(p -> commit(List.of(p)));
            }
        }
    }

    private static void answerFailure(Pending p, RuntimeException e) {
        if (e instanceof DataAccessException) {
            // the rules were checked first, so the database refused a ballot id another delegate already used
            p.answer().complete(new CastResult.Refused(CastResult.Reason.BALLOT_ID_TAKEN));
        } else {
            p.answer().completeExceptionally(e);
        }
    }

    private void reportProgress(Map<Long, Integer> voted) {
        progress.putAll(voted);
        if (!voted.isEmpty() && progressScheduled.compareAndSet(false, true)) {
            timer.schedule(this::publishProgress, PROGRESS_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void publishProgress() {
        progressScheduled.set(false);
        for (Long voteId : List.copyOf(progress.keySet())) {
            Integer voted = progress.remove(voteId);
            if (voted != null) {
                events.publish("vote.progress", Map.of("voteId", voteId, "voted", voted));
            }
        }
        try {
            attendanceChanged.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not announce attendance after ballots", e);
        }
    }
}
