package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.DOCUMENT;
import static vn.dienhong.persistence.jooq.Tables.DOCUMENT_NOTE;
import static vn.dienhong.persistence.jooq.Tables.DOCUMENT_PAGE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import vn.dienhong.model.DocumentNote;

/**
 * The words of documents: each page's text, extracted once at load for search, and the delegates'
 * own notes on pages, which only their author reads.
 */
public final class DocumentTextDao {
    /** One page's text, as the search index takes it. */
    public record PageText(long documentId, String title, int page, String text) {
    }

    private final DSLContext dsl;

    public DocumentTextDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the text of every page, page 1 first. */
    public void insertPages(long documentId, List<String> pages) {
        var insert = dsl.insertInto(DOCUMENT_PAGE, DOCUMENT_PAGE.DOCUMENT_ID, DOCUMENT_PAGE.PAGE, DOCUMENT_PAGE.TEXT);
        for (int i = 0; i < pages.size(); i++) {
            insert = insert.values(documentId, i + 1, pages.get(i));
        }
        if (!pages.isEmpty()) {
            insert.execute();
        }
    }

    /** Hands every page of the versions in use (not withdrawn, not replaced) to {@code each}, page by page. */
    public void forEachCurrentPage(Consumer<PageText> each) {
        var newer = DOCUMENT.as("newer");
        try (var pages = dsl.select(DOCUMENT_PAGE.DOCUMENT_ID, DOCUMENT.TITLE, DOCUMENT_PAGE.PAGE, DOCUMENT_PAGE.TEXT)
                .from(DOCUMENT_PAGE).join(DOCUMENT).on(DOCUMENT.ID.eq(DOCUMENT_PAGE.DOCUMENT_ID))
                .where(DOCUMENT.WITHDRAWN_AT.isNull())
                .andNotExists(dsl.selectOne().from(newer).where(newer.REPLACES_ID.eq(DOCUMENT.ID)))
                .fetchLazy()) {
            pages.forEach(r -> each.accept(new PageText(r.value1(), r.value2(), r.value3(), r.value4())));
        }
    }

    public long insertNote(long documentId, long accountId, int page, String quote, String text, Instant at) {
        return dsl.insertInto(DOCUMENT_NOTE).set(DOCUMENT_NOTE.DOCUMENT_ID, documentId)
                .set(DOCUMENT_NOTE.ACCOUNT_ID, accountId).set(DOCUMENT_NOTE.PAGE, page)
                .set(DOCUMENT_NOTE.QUOTE, quote).set(DOCUMENT_NOTE.TEXT, text)
                .set(DOCUMENT_NOTE.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(DOCUMENT_NOTE.ID).fetchOne(DOCUMENT_NOTE.ID);
    }

    /** The account's own notes on the given versions of a document, by page then time. */
    public List<DocumentNote> notes(long accountId, List<Long> documentIds) {
        return dsl.selectFrom(DOCUMENT_NOTE)
                .where(DOCUMENT_NOTE.ACCOUNT_ID.eq(accountId).and(DOCUMENT_NOTE.DOCUMENT_ID.in(documentIds)))
                .orderBy(DOCUMENT_NOTE.PAGE, DOCUMENT_NOTE.ID)
                .fetch(r -> new DocumentNote(r.getId(), r.getDocumentId(), r.getPage(), r.getQuote(), r.getText(),
                        r.getCreatedAt().toInstant()));
    }

    /** Deletes a note only if this account wrote it; false when there is no such note of theirs. */
    public boolean deleteNote(long noteId, long accountId) {
        return dsl.deleteFrom(DOCUMENT_NOTE)
                .where(DOCUMENT_NOTE.ID.eq(noteId).and(DOCUMENT_NOTE.ACCOUNT_ID.eq(accountId))).execute() == 1;
    }
}
