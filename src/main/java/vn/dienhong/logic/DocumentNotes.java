package vn.dienhong.logic;

import java.util.ArrayList;
import java.util.List;
import vn.dienhong.model.Account;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentNote;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.DocumentDao;
import vn.dienhong.persistence.DocumentTextDao;

/**
 * Ghi chú của tôi: a delegate's personal notes and highlights on the pages of a document, kept on
 * the server and read by their author only; notes made on an earlier version stay with the document.
 */
public final class DocumentNotes {
    public static final int MAX_TEXT = 4_000;
    public static final int MAX_QUOTE = 1_000;
    private final Database db;
    private final DocumentLibrary library;
    private final java.time.Clock clock;

    DocumentNotes(Database db, DocumentLibrary library, java.time.Clock clock) {
        this.db = db;
        this.library = library;
        this.clock = clock;
    }

    /** The reader's own notes on this document, its earlier versions included. */
    public List<DocumentNote> mine(Account reader, long documentId) {
        library.readable(reader, documentId);
        return new DocumentTextDao(db.dsl()).notes(reader.id(), lineage(documentId));
    }

    /** Adds a note on a page; {@code quote} is the highlighted text, or null for a plain note. */
    public DocumentNote add(Account reader, long documentId, int page, String quote, String text) {
        Document doc = library.readable(reader, documentId);
        String clean = text == null ? "" : text.strip();
        String words = quote == null || quote.isBlank() ? null : quote.strip();
        if (page < 1 || page > doc.pages()) {
            throw RequestRefused.invalid("Trang " + page + " không có trong tài liệu (có " + doc.pages() + " trang).");
        }
        if (clean.isEmpty() && words == null) {
            throw RequestRefused.invalid("Hãy viết ghi chú hoặc chọn đoạn văn cần đánh dấu.");
        }
        if (clean.length() > MAX_TEXT || words != null && words.length() > MAX_QUOTE) {
            throw new RequestRefused(RequestRefused.Problem.TOO_LONG, "Ghi chú dài quá " + MAX_TEXT
                    + " ký tự (đoạn đánh dấu quá " + MAX_QUOTE + " ký tự). Hãy rút gọn.");
        }
        DocumentTextDao dao = new DocumentTextDao(db.dsl());
        long id = dao.insertNote(documentId, reader.id(), page, words, clean, clock.instant());
        return dao.notes(reader.id(), List.of(documentId)).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    /** Deletes one of the reader's own notes; another's note is "not found", never deleted. */
    public void delete(Account reader, long noteId) {
        if (!new DocumentTextDao(db.dsl()).deleteNote(noteId, reader.id())) {
            throw new RequestRefused(RequestRefused.Problem.NOT_FOUND, "Không có ghi chú này của bạn.");
        }
    }

    /** This version and every version it replaced, newest first. */
    private List<Long> lineage(long documentId) {
        DocumentDao dao = new DocumentDao(db.dsl());
        List<Long> ids = new ArrayList<>();
        Long id = documentId;
        while (id != null && ids.size() < 100) {
            ids.add(id);
            id = dao.find(id).map(Document::replacesId).orElse(null);
        }
        return ids;
    }
}
