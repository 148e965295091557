package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.AttendanceSummary;
import vn.dienhong.persistence.AttendanceDao;
import vn.dienhong.persistence.Database;

/**
 * Điểm danh: delegates check in from their tablets and the secretary or operator marks by hand;
 * every change is audited and announced with the count against the quorum.
 */
public final class AttendanceService {
    static final int MAX_REASON = 400;
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final QuorumRule quorum;
    private final Clock clock;

    public AttendanceService(Database db, HallExecutors executors, EventHub events, AuditLog audit, QuorumRule quorum,
                             Clock clock) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.quorum = quorum;
        this.clock = clock;
    }

    /** A delegate checks in for the current sitting from their own tablet. */
    public CompletableFuture<AttendanceSummary> checkIn(Account account) {
        if (!account.role().mayVote() || account.delegateId() == null) {
            return CompletableFuture.failedFuture(new RequestRefused(RequestRefused.Problem.FORBIDDEN,
                    "Chỉ đại biểu mới điểm danh được."));
        }
        return change(account.delegateId(), AttendanceStatus.PRESENT, null, "attendance.checkedIn");
    }

    /** The secretary or operator marks a delegate by hand; EXCUSED needs a reason. */
    public CompletableFuture<AttendanceSummary> mark(long delegateId, AttendanceStatus status, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == AttendanceStatus.EXCUSED && why == null) {
            return CompletableFuture.failedFuture(RequestRefused.invalid("Hãy ghi lý do vắng mặt."));
        }
        if (why != null && why.length() > MAX_REASON) {
            return CompletableFuture.failedFuture(RequestRefused.invalid("Lý do dài quá " + MAX_REASON + " ký tự."));
        }
        return change(delegateId, status, why, "attendance.marked");
    }

    private CompletableFuture<AttendanceSummary> change(long delegateId, AttendanceStatus status, String reason,
                                                        String auditType) {
        return executors.change(() -> {
            AttendanceSummary summary = db.dsl().transactionResult(tx -> {
                RunningMeeting running = RunningMeeting.of(tx.dsl());
                long sitting = running.requireSitting();
                AttendanceDao dao = new AttendanceDao(tx.dsl());
                if (dao.lines(sitting, running.id()).stream().noneMatch(l -> l.delegateId() == delegateId)) {
                    throw new RequestRefused(RequestRefused.Problem.NOT_FOUND,
                            "Đại biểu này không phải thành viên của cuộc họp đang diễn ra.");
                }
                dao.mark(sitting, delegateId, status, reason, OffsetDateTime.now(clock));
                Map<String, Object> entry = new HashMap<>(Map.of("sittingId", sitting, "delegateId", delegateId,
                        "status", status));
                if (reason != null) {
                    entry.put("reason", reason);
                }
                audit.append(tx.dsl(), auditType, entry);
                return summary(tx.dsl());
            });
            events.publish("attendance.changed", FloorViews.attendance(summary));
            return summary;
        });
    }

    /** Tells every screen the count now (after ballots checked delegates in); blocking, call off the FX thread. */
    public void announce() {
        events.publish("attendance.changed", FloorViews.attendance(summary()));
    }

    /** One delegate's mark for the current sitting (UNMARKED when none or outside the meeting); blocking. */
    public AttendanceStatus statusOf(long delegateId) {
        return lines().stream().filter(l -> l.delegateId() == delegateId).map(AttendanceLine::status).findFirst()
                .orElse(AttendanceStatus.UNMARKED);
    }

    /** Present / total against the quorum for the current sitting; blocking, call from a worker. */
    public AttendanceSummary summary() {
        return summary(db.dsl());
    }

    /** Every delegate's mark for the current sitting, in seat order; blocking, call from a worker. */
    public List<AttendanceLine> lines() {
        RunningMeeting running = RunningMeeting.of(db.dsl());
        return running.sittingId() == null ? List.of()
                : new AttendanceDao(db.dsl()).lines(running.sittingId(), running.id());
    }

    private AttendanceSummary summary(DSLContext dsl) {
        RunningMeeting running = RunningMeeting.of(dsl);
        int total = running.totalDelegates();
        Map<AttendanceStatus, Integer> counts = new HashMap<>();
        if (running.sittingId() != null) {
            new AttendanceDao(dsl).lines(running.sittingId(), running.id())
                    .forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        }
        int inHall = counts.getOrDefault(AttendanceStatus.PRESENT, 0);
        int remote = counts.getOrDefault(AttendanceStatus.REMOTE, 0);
        int excused = counts.getOrDefault(AttendanceStatus.EXCUSED, 0);
        int absent = counts.getOrDefault(AttendanceStatus.ABSENT, 0);
        return new AttendanceSummary(running.sittingId(), inHall, remote, excused, absent,
                total - inHall - remote - excused - absent, total, quorum.required(total),
                quorum.isReached(inHall + remote, total));
    }
}
