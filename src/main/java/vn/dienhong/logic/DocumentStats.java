package vn.dienhong.logic;

import java.util.List;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentReader;
import vn.dienhong.model.PaperSaved;
import vn.dienhong.model.Role;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.DocumentDao;

/**
 * What the documents of a meeting amount to: the paper not printed, and, when the council allows
 * it, who has opened a document. Blocking reads: call from a worker.
 */
public final class DocumentStats {
    private final Database db;
    private final DocumentLibrary library;
    private final boolean chairSeesReaders;

    DocumentStats(Database db, DocumentLibrary library, boolean chairSeesReaders) {
        this.db = db;
        this.library = library;
        this.chairSeesReaders = chairSeesReaders;
    }

    /** Pages × recipients of the running meeting's documents in use. */
    public PaperSaved paperSaved() {
        DSLContext dsl = db.dsl();
        RunningMeeting running = RunningMeeting.of(dsl);
        int members = new CouncilDao(dsl).countMembers(running.id());
        AccountDao accounts = new AccountDao(dsl);
        int guests = accounts.withRole(Role.GUEST).size() + accounts.withRole(Role.RESPONDENT).size();
        List<Document> docs = new DocumentDao(dsl).current(running.id());
        long pages = docs.stream().mapToLong(Document::pages).sum();
        long printed = docs.stream().mapToLong(d -> (long) d.pages()
                * (d.audience() == DocumentAudience.DELEGATES_AND_GUESTS ? members + guests : members)).sum();
        return new PaperSaved(docs.size(), pages, printed);
    }

    /** Who has opened a document, for the chair or operator, only when the council's setting allows it. */
    public List<DocumentReader> readers(Account asking, long documentId) {
        if (!chairSeesReaders) {
            throw new RequestRefused(RequestRefused.Problem.FORBIDDEN, "Hội đồng không bật chức năng xem ai đã mở "
                    + "tài liệu (documents.chairSeesReaders). Việc bật hay tắt do Thường trực HĐND quyết định.");
        }
        library.readable(asking, documentId);
        AccountDao accounts = new AccountDao(db.dsl());
        return new DocumentDao(db.dsl()).openings(documentId).stream()
                .map(o -> new DocumentReader(accounts.find(o.accountId()).map(Account::displayName).orElse("?"), o.at()))
                .toList();
    }
}
