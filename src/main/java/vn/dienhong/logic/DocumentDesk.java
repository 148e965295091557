package vn.dienhong.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.Document;
import vn.dienhong.model.NewDocument;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.DocumentDao;
import vn.dienhong.persistence.DocumentTextDao;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.SearchIndex;

/**
 * The operator's desk for documents: loads one into the running meeting, replaces it with a new
 * version (the old one stays in the record) or withdraws it; every tablet allowed to read it hears
 * at once. The file is checked on a worker first; only the short write runs on the session engine.
 */
public final class DocumentDesk {
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentIntake intake;
    private final SearchIndex index;

    DocumentDesk(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock,
                 DocumentIntake intake, SearchIndex index) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.intake = intake;
        this.index = index;
    }

    /** Loads {@code upload} (a PDF, or Word/Excel when LibreOffice is installed) as a new document. */
    public CompletableFuture<Document> publish(NewDocument meta, Path upload) {
        return executors.work(() -> intake.accept(meta, upload))
                .thenCompose(file -> executors.change(() -> store(meta, file, null)));
    }

    /** Loads {@code upload} as the next version of document {@code id}, keeping its title, category and audience. */
    public CompletableFuture<Document> replace(long id, String fileName, Path upload) {
        return executors.work(() -> {
            Document old = new DocumentDao(db.dsl()).find(id).orElseThrow(DocumentRefusals::notFound);
            NewDocument meta = new NewDocument(old.title(), old.number(), old.category(), old.agendaItemId(),
                    old.audience(), old.restricted(), false, null, fileName);
            return Map.entry(meta, intake.accept(meta, upload));
        }).thenCompose(loaded -> executors.change(() -> store(loaded.getKey(), loaded.getValue(), id)));
    }

    /** Withdraws a document: gone from every tablet's library, kept in the record. */
    public CompletableFuture<Document> withdraw(long id) {
        return executors.change(() -> {
            Document done = db.dsl().transactionResult(tx -> {
                DocumentDao dao = new DocumentDao(tx.dsl());
                Document doc = current(tx.dsl(), id);
                dao.withdraw(id, clock.instant());
                audit.append(tx.dsl(), "document.withdrawn", Map.of("documentId", id, "title", doc.title()));
                return dao.find(id).orElseThrow();
            });
            index.remove(id);
            index.commit();
            events.publish("document.withdrawn", DocumentViews.event(done, () -> memberIds(done.meetingId())));
            return done;
        });
    }

    private Document store(NewDocument meta, DocumentIntake.Accepted file, Long replaces) {
        Document stored = db.dsl().transactionResult(tx -> {
            RunningMeeting running = RunningMeeting.of(tx.dsl());
            int version = 1;
            if (replaces != null) {
                version = current(tx.dsl(), replaces).version() + 1;
            } else if (meta.agendaItemId() != null && new MeetingDao(tx.dsl()).agenda(running.id()).stream()
                    .noneMatch(item -> item.id() == meta.agendaItemId())) {
                throw RequestRefused.invalid("Nội dung chương trình đã chọn không thuộc kỳ họp đang diễn ra.");
            }
            DocumentDao dao = new DocumentDao(tx.dsl());
            long id = dao.insert(running.id(), meta, file.inspection().pages(), file.sizeBytes(), file.sha256(),
                    version, replaces, clock.instant());
            new DocumentTextDao(tx.dsl()).insertPages(id, file.inspection().pageTexts());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("documentId", id);
            entry.put("title", meta.title());
            entry.put("sha256", file.sha256());
            entry.put("version", version);
            audit.append(tx.dsl(), replaces == null ? "document.published" : "document.updated", entry);
            return dao.find(id).orElseThrow();
        });
        List<String> pages = file.inspection().pageTexts();
        for (int p = 0; p < pages.size(); p++) {
            index.add(stored.id(), stored.title(), p + 1, pages.get(p));
        }
        if (replaces != null) {
            index.remove(replaces);
        }
        index.commit();
        events.publish(replaces == null ? "document.published" : "document.updated",
                DocumentViews.event(stored, () -> memberIds(stored.meetingId())));
        return stored;
    }

    /** A version in use, or the refusal: unknown, withdrawn, or already replaced by a newer version. */
    private static Document current(DSLContext dsl, long id) {
        DocumentDao dao = new DocumentDao(dsl);
        Document doc = dao.find(id).filter(d -> d.withdrawnAt() == null).orElseThrow(DocumentRefusals::notFound);
        if (dao.replaced(id)) {
            throw new RequestRefused(RequestRefused.Problem.WRONG_STATE,
                    "Tài liệu này đã có bản mới hơn. Hãy thay thế hoặc rút bản mới nhất.");
        }
        return doc;
    }

    private List<Long> memberIds(long meetingId) {
        return new CouncilDao(db.dsl()).members(meetingId).stream().map(Delegate::id).toList();
    }
}
