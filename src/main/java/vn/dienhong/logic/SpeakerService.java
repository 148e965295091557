package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.SpeakerDao;

/**
 * The speakers' queue: delegates ask for the floor and may withdraw; the chair or operator orders
 * the queue, gives the floor and ends a turn. Every change is audited and announced as
 * {@code speakers.changed}, and a change of who speaks also as {@code floor.changed}.
 */
public final class SpeakerService {
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final SpeakingTimes times;
    private final Clock clock;

    public SpeakerService(Database db, HallExecutors executors, EventHub events, AuditLog audit, SpeakingTimes times,
                          Clock clock) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.times = times;
        this.clock = clock;
    }

    public CompletableFuture<SpeakerRequest> request(Account account, SpeakerKind kind, Long respondentId, Long replyToId,
                                                     String topic) {
        String cleanTopic = topic == null || topic.isBlank() ? null : topic.strip();
        return change(false, (tx, running) -> {
            SpeakerRules.checkRequest(tx, running, account, kind, respondentId, replyToId, cleanTopic);
            long id = new SpeakerDao(tx).insert(running.id(), account.delegateId(), kind, respondentId, replyToId,
                    cleanTopic, now());
            audit.append(tx, "speaker.requested", Map.of("requestId", id, "delegateId", account.delegateId(), "kind", kind));
            return id;
        });
    }

    /** The delegate withdraws their own waiting request; the chair or operator may remove anyone's. */
    public CompletableFuture<SpeakerRequest> withdraw(Account account, long id) {
        return change(false, (tx, running) -> {
            SpeakerRequest r = SpeakerRules.find(tx, running, id);
            boolean own = account.delegateId() != null && account.delegateId() == r.delegateId();
            if (!own && !account.role().runsTheFloor()) {
                throw new RequestRefused(RequestRefused.Problem.FORBIDDEN, "Bạn chỉ rút được đăng ký của chính mình.");
            }
            SpeakerRules.require(r, SpeakerStatus.WAITING, "Chỉ rút được đăng ký đang chờ đến lượt.");
            new SpeakerDao(tx).setStatus(id, SpeakerStatus.WITHDRAWN, null, now());
            audit.append(tx, "speaker.withdrawn", Map.of("requestId", id));
            return id;
        });
    }

    /** Gives the floor to a waiting request; whoever was speaking is done. */
    public CompletableFuture<SpeakerRequest> giveFloor(long id) {
        return change(true, (tx, running) -> {
            SpeakerDao dao = new SpeakerDao(tx);
            SpeakerRules.require(SpeakerRules.find(tx, running, id), SpeakerStatus.WAITING,
                    "Chỉ mời phát biểu được đại biểu đang chờ đến lượt.");
            speaking(dao, running).ifPresent(r -> dao.setStatus(r.id(), SpeakerStatus.DONE, null, now()));
            dao.setStatus(id, SpeakerStatus.SPEAKING, now(), null);
            audit.append(tx, "floor.given", Map.of("requestId", id));
            return id;
        });
    }

    public CompletableFuture<SpeakerRequest> endTurn(long id) {
        return change(true, (tx, running) -> {
            SpeakerRules.require(SpeakerRules.find(tx, running, id), SpeakerStatus.SPEAKING,
                    "Đại biểu này không đang phát biểu.");
            new SpeakerDao(tx).setStatus(id, SpeakerStatus.DONE, null, now());
            audit.append(tx, "floor.ended", Map.of("requestId", id));
            return id;
        });
    }

    /** Moves a waiting request to a place (1 = next) among the waiting ones. */
    public CompletableFuture<SpeakerRequest> move(long id, int place) {
        return change(false, (tx, running) -> {
            SpeakerDao dao = new SpeakerDao(tx);
            SpeakerRules.require(SpeakerRules.find(tx, running, id), SpeakerStatus.WAITING,
                    "Chỉ sắp xếp được các đăng ký đang chờ.");
            List<SpeakerRequest> waiting = new ArrayList<>(dao.queue(running.id()).stream()
                    .filter(r -> r.status() == SpeakerStatus.WAITING).toList());
            SpeakerRequest moved = waiting.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
            waiting.remove(moved);
            waiting.add(Math.max(0, Math.min(place - 1, waiting.size())), moved);
            for (int i = 0; i < waiting.size(); i++) {
                dao.setPosition(waiting.get(i).id(), i + 1);
            }
            audit.append(tx, "speakers.reordered", Map.of("requestId", id, "place", place));
            return id;
        });
    }

    /** Waiting and speaking requests, the speaker first; blocking, call from a worker. */
    public List<SpeakerRequest> queue() {
        return new SpeakerDao(db.dsl()).queue(RunningMeeting.of(db.dsl()).id());
    }

    /** Who has the floor now, if anyone; blocking, call from a worker. */
    public Optional<SpeakerRequest> speaking() {
        return speaking(new SpeakerDao(db.dsl()), RunningMeeting.of(db.dsl()));
    }

    /** The questions addressed to one respondent account in the running meeting; blocking. */
    public List<SpeakerRequest> questionsFor(long respondentAccountId) {
        return new SpeakerDao(db.dsl()).questionsFor(RunningMeeting.of(db.dsl()).id(), respondentAccountId);
    }

    /** The officials a question may name (accounts with role RESPONDENT), in order; blocking. */
    public List<Account> respondents() {
        return new AccountDao(db.dsl()).withRole(Role.RESPONDENT).stream().filter(Account::active).toList();
    }

    public SpeakingTimes times() {
        return times;
    }

    /** The floor as {@code floor.changed} carries it: the speaker, when the turn started, its limit and warning. */
    public Map<String, Object> floorView(Optional<SpeakerRequest> speaker) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("speaker", speaker.map(r -> FloorViews.speaker(r, times.limit(r.kind()))).orElse(null));
        out.put("startedAt", speaker.map(SpeakerRequest::startedAt).orElse(null));
        out.put("limitSeconds", speaker.map(r -> times.limit(r.kind()).toSeconds()).orElse(null));
        out.put("warningSeconds", times.warning().toSeconds());
        out.put("endsAt", speaker.map(r -> r.startedAt().plus(times.limit(r.kind()))).orElse(null));
        return out;
    }

    public List<Map<String, Object>> queueView(List<SpeakerRequest> queue) {
        return queue.stream().map(r -> FloorViews.speaker(r, times.limit(r.kind()))).toList();
    }

    private static Optional<SpeakerRequest> speaking(SpeakerDao dao, RunningMeeting running) {
        return dao.queue(running.id()).stream().filter(r -> r.status() == SpeakerStatus.SPEAKING).findFirst();
    }

    /** Runs one change on the engine in a transaction, then announces the queue (and the floor when it moved). */
    private CompletableFuture<SpeakerRequest> change(boolean floorMoves, BiFunction<DSLContext, RunningMeeting, Long> work) {
        return executors.change(() -> {
            SpeakerRequest changed = db.dsl().transactionResult(tx -> {
                RunningMeeting running = RunningMeeting.of(tx.dsl());
                return new SpeakerDao(tx.dsl()).find(work.apply(tx.dsl(), running)).orElseThrow();
            });
            events.publish("speakers.changed", Map.of("queue", queueView(queue())));
            if (floorMoves) {
                events.publish("floor.changed", floorView(speaking()));
            }
            return changed;
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
