package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteResult;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.BallotDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.VoteDao;

/**
 * The life of a vote in the running meeting: prepared, opened (one at a time), ballots in,
 * closed with a result measured against the total number of delegates, or cancelled. Every
 * change runs on the session engine, is audited, and is announced to screens and tablets.
 */
public final class VoteService {
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;
    private final BallotBatcher ballots;
    private final VoteRules rules;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vote-countdown");
        t.setDaemon(true);
        return t;
    });

    public VoteService(Database db, HallExecutors executors, EventHub events, AuditLog audit, HallSettings settings,
                       Clock clock, boolean groupCommit, Runnable attendanceChanged) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.rules = new VoteRules(settings);
        this.ballots = new BallotBatcher(db, executors, events, audit, clock, timer, groupCommit,
                attendanceChanged);
    }

    /** Prepares a vote in the running meeting; fails with RequestRefused when the request does not fit. */
    public CompletableFuture<Vote> create(NewVote spec) {
        return executors.change(() -> db.dsl().transactionResult(tx -> {
            Meeting meeting = runningMeeting(tx.dsl());
            rules.checkNew(spec, meeting, new MeetingDao(tx.dsl()).agenda(meeting.id()));
            VoteDao votes = new VoteDao(tx.dsl());
            long id = votes.insert(meeting.id(), spec.agendaItemId(), spec.title().strip(), spec.kind(), spec.form(),
                    spec.threshold(), spec.allowChange(), spec.countdownSeconds(), spec.rerunOf(), spec.subjects(),
                    spec.kind() == VoteKind.ELECTION ? spec.maxChoices() : 1);
            audit.append(tx.dsl(), "vote.created", Map.of("voteId", id, "title", spec.title().strip(),
                    "form", spec.form(), "kind", spec.kind(), "threshold", spec.threshold(),
                    "subjects", spec.subjects(), "maxChoices", spec.maxChoices()));
            return votes.find(id).orElseThrow();
        }));
    }

    public CompletableFuture<Vote> open(long voteId) {
        return executors.change(() -> {
            Vote vote = db.dsl().transactionResult(tx -> {
                VoteDao votes = new VoteDao(tx.dsl());
                Vote found = find(tx.dsl(), voteId);
                if (found.status() != VoteStatus.DRAFT) {
                    throw RequestRefused.ofVote(RequestRefused.Problem.WRONG_STATE, "Chỉ mở được biểu quyết chưa mở.");
                }
                if (votes.open(found.meetingId()).isPresent()) {
                    throw RequestRefused.ofVote(RequestRefused.Problem.WRONG_STATE,
                            "Đang có một biểu quyết khác. Hãy kết thúc biểu quyết đó trước.");
                }
                if (found.isSecret()) {
                    new BallotDao(tx.dsl()).createSecretTally(voteId, VoteCounter.tallySubjects(found), found.kind().choices());
                }
                votes.markOpen(voteId, OffsetDateTime.now(clock));
                audit.append(tx.dsl(), "vote.opened", Map.of("voteId", voteId));
                return votes.find(voteId).orElseThrow();
            });
            events.publish("vote.opened", VoteViews.opened(vote));
            if (vote.countdownSeconds() != null && vote.countdownSeconds() > 0) {
                timer.schedule(() -> close(voteId), vote.countdownSeconds(), TimeUnit.SECONDS);
            }
            return vote;
        });
    }

    /** Closes the vote and returns its result; closing a closed vote returns the same result again. */
    public CompletableFuture<VoteResult> close(long voteId) {
        return executors.change(() -> {
            Vote vote = find(db.dsl(), voteId);
            if (vote.status() == VoteStatus.CLOSED) {
                return VoteCounter.result(db.dsl(), vote);
            }
            if (vote.status() != VoteStatus.OPEN) {
                throw RequestRefused.ofVote(RequestRefused.Problem.WRONG_STATE, "Biểu quyết này chưa mở hoặc đã bị hủy.");
            }
            Map<String, Object> closed = db.dsl().transactionResult(tx -> {
                VoteCounter.freeze(tx.dsl(), vote, OffsetDateTime.now(clock));
                VoteResult result = VoteCounter.result(tx.dsl(), find(tx.dsl(), voteId));
                Map<String, Object> view = new LinkedHashMap<>(VoteViews.result(result));
                String head = audit.append(tx.dsl(), "vote.closed", view);
                new VoteDao(tx.dsl()).setAuditHead(voteId, head);
                view.put("auditHead", head);
                return view;
            });
            db.checkpoint();
            events.publish("vote.closed", closed);
            return VoteCounter.result(db.dsl(), find(db.dsl(), voteId));
        });
    }

    /** Cancels a vote that went wrong; it stays on the record, marked, and may be re-run as a new vote. */
    public CompletableFuture<Vote> cancel(long voteId) {
        return executors.change(() -> {
            Vote vote = db.dsl().transactionResult(tx -> {
                Vote found = find(tx.dsl(), voteId);
                if (found.status() == VoteStatus.CLOSED || found.status() == VoteStatus.CANCELLED) {
                    throw RequestRefused.ofVote(RequestRefused.Problem.WRONG_STATE, "Biểu quyết đã kết thúc, không thể hủy.");
                }
                new VoteDao(tx.dsl()).markCancelled(voteId, OffsetDateTime.now(clock));
                audit.append(tx.dsl(), "vote.cancelled", Map.of("voteId", voteId));
                return find(tx.dsl(), voteId);
            });
            events.publish("vote.cancelled", Map.of("voteId", voteId));
            return vote;
        });
    }

    /**
     * Casts a ballot: one choice for a resolution, one mark per official or candidate (in the vote's
     * order) otherwise. Answers once the ballot is committed, or with the reason it was refused.
     */
    public CompletableFuture<CastResult> cast(long voteId, Account account, String ballotUuid, List<String> marks) {
        return ballots.submit(voteId, account, ballotUuid, List.copyOf(marks));
    }

    /** The open vote of the running meeting, if any; blocking, call from a worker. */
    public Optional<Vote> current() {
        return new MeetingDao(db.dsl()).latestMeeting().flatMap(m -> new VoteDao(db.dsl()).open(m.id()));
    }

    /** Whether this delegate has a ballot in the vote (for a tablet that reconnects mid-vote). */
    public boolean hasVoted(long voteId, long delegateId) {
        Vote vote = find(db.dsl(), voteId);
        return new BallotDao(db.dsl()).voters(voteId, vote.isSecret()).contains(delegateId);
    }

    /** Voted / present / total, and for open votes the names still missing; blocking, call from a worker. */
    public VoteProgress progress(long voteId) {
        return VoteCounter.progress(db.dsl(), find(db.dsl(), voteId));
    }

    /** The result, live while the vote is open and frozen once it is closed; blocking, call from a worker. */
    public VoteResult result(long voteId) {
        return VoteCounter.result(db.dsl(), find(db.dsl(), voteId));
    }

    /** Every delegate's choice in an open (public) vote, in seat order; refused for a secret ballot. */
    public List<DelegateChoice> openBallots(long voteId) {
        return VoteCounter.openBallots(db.dsl(), find(db.dsl(), voteId));
    }

    /** The audit chain's newest hash now (printed at the end of the minutes). */
    public String auditHead() {
        return AuditLog.head(db.dsl());
    }

    /** The audit chain's head hash right after this vote's close ("mã kiểm chứng"), empty until it closes. */
    public Optional<String> auditHead(long voteId) {
        return new VoteDao(db.dsl()).auditHead(find(db.dsl(), voteId).id());
    }

    public List<Vote> votesOfRunningMeeting() {
        return new MeetingDao(db.dsl()).latestMeeting().map(m -> new VoteDao(db.dsl()).ofMeeting(m.id())).orElse(List.of());
    }

    private static Meeting runningMeeting(DSLContext dsl) {
        return new MeetingDao(dsl).latestMeeting().orElseThrow(() -> new RequestRefused(
                RequestRefused.Problem.NOT_FOUND, "Chưa có kỳ họp nào đang diễn ra."));
    }

    static Vote find(DSLContext dsl, long voteId) {
        Vote vote = new VoteDao(dsl).find(voteId).orElseThrow(() -> RequestRefused.ofVote(RequestRefused.Problem.NOT_FOUND,
                "Không tìm thấy biểu quyết này."));
        if (new MeetingDao(dsl).latestMeeting().map(m -> m.id() != vote.meetingId()).orElse(true)) {
            throw RequestRefused.ofVote(RequestRefused.Problem.NOT_FOUND, "Biểu quyết này không thuộc kỳ họp đang diễn ra.");
        }
        return vote;
    }

    /** Stops pending countdowns when the hall shuts down. */
    public void stopCountdowns() {
        timer.shutdownNow();
    }
}
