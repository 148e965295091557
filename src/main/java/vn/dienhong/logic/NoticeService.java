package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.dienhong.model.Notice;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FloorNoteDao;

/** Thông báo: the operator broadcasts a notice; every tablet shows it at once and keeps the list. */
public final class NoticeService {
    public static final int MAX_TEXT = 2_000;
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;

    public NoticeService(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletableFuture<Notice> post(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return CompletableFuture.failedFuture(RequestRefused.invalid("Hãy nhập nội dung thông báo."));
        }
        if (clean.length() > MAX_TEXT) {
            return CompletableFuture.failedFuture(new RequestRefused(RequestRefused.Problem.TOO_LONG,
                    "Thông báo dài quá " + MAX_TEXT + " ký tự. Hãy rút gọn."));
        }
        return executors.change(() -> {
            Notice notice = db.dsl().transactionResult(tx -> {
                RunningMeeting running = RunningMeeting.of(tx.dsl());
                FloorNoteDao dao = new FloorNoteDao(tx.dsl());
                long id = dao.insertNotice(running.id(), clean, OffsetDateTime.now(clock));
                audit.append(tx.dsl(), "notice.posted", Map.of("noticeId", id, "text", clean));
                return dao.notices(running.id()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
            });
            events.publish("notice.posted", FloorViews.notice(notice));
            return notice;
        });
    }

    /** The running meeting's notices, newest first; blocking, call from a worker. */
    public List<Notice> all() {
        return new FloorNoteDao(db.dsl()).notices(RunningMeeting.of(db.dsl()).id());
    }
}
