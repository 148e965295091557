package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.dienhong.model.Account;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.OpinionStatus;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FloorNoteDao;

/**
 * Ý kiến gửi chủ tọa: a delegate's short written opinion goes straight to the chair's inbox, where
 * the chair marks it read or answered. Screens hear only how many are unread, never the text.
 */
public final class OpinionService {
    public static final int MAX_TEXT = 4_000;
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;

    public OpinionService(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletableFuture<Opinion> send(Account account, String text) {
        String clean = text == null ? "" : text.strip();
        if (!account.role().mayVote() || account.delegateId() == null) {
            return CompletableFuture.failedFuture(new RequestRefused(RequestRefused.Problem.FORBIDDEN,
                    "Chỉ đại biểu mới gửi ý kiến đến chủ tọa được."));
        }
        if (clean.isEmpty()) {
            return CompletableFuture.failedFuture(RequestRefused.invalid("Hãy viết ý kiến trước khi gửi."));
        }
        if (clean.length() > MAX_TEXT) {
            return CompletableFuture.failedFuture(new RequestRefused(RequestRefused.Problem.TOO_LONG,
                    "Ý kiến dài " + clean.length() + " ký tự, quá " + MAX_TEXT + " ký tự cho phép. Hãy rút gọn rồi gửi lại."));
        }
        return executors.change(() -> announce(db.dsl().transactionResult(tx -> {
            RunningMeeting running = RunningMeeting.of(tx.dsl());
            FloorNoteDao dao = new FloorNoteDao(tx.dsl());
            long id = dao.insertOpinion(running.id(), account.delegateId(), clean, OffsetDateTime.now(clock));
            audit.append(tx.dsl(), "opinion.sent", Map.of("opinionId", id, "delegateId", account.delegateId(),
                    "length", clean.length()));
            return dao.findOpinion(id).orElseThrow();
        })));
    }

    /** The chair marks an opinion read or answered. */
    public CompletableFuture<Opinion> setStatus(long id, OpinionStatus status) {
        return executors.change(() -> announce(db.dsl().transactionResult(tx -> {
            RunningMeeting running = RunningMeeting.of(tx.dsl());
            FloorNoteDao dao = new FloorNoteDao(tx.dsl());
            dao.findOpinion(id).filter(o -> o.meetingId() == running.id()).orElseThrow(() -> new RequestRefused(
                    RequestRefused.Problem.NOT_FOUND, "Không có ý kiến này trong kỳ họp đang diễn ra."));
            dao.setOpinionStatus(id, status, OffsetDateTime.now(clock));
            audit.append(tx.dsl(), "opinion." + status.name().toLowerCase(java.util.Locale.ROOT), Map.of("opinionId", id));
            return dao.findOpinion(id).orElseThrow();
        })));
    }

    /** The chair's inbox, newest first; blocking, call from a worker. */
    public List<Opinion> inbox() {
        return new FloorNoteDao(db.dsl()).opinions(RunningMeeting.of(db.dsl()).id(), null);
    }

    /** What one delegate has sent, newest first; blocking. */
    public List<Opinion> sentBy(long delegateId) {
        return new FloorNoteDao(db.dsl()).opinions(RunningMeeting.of(db.dsl()).id(), delegateId);
    }

    public int unread() {
        return new FloorNoteDao(db.dsl()).countUnread(RunningMeeting.of(db.dsl()).id());
    }

    private Opinion announce(Opinion changed) {
        events.publish("opinions.changed", Map.of("unread", unread()));
        return changed;
    }
}
