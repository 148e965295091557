package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.DOCUMENT;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.persistence.jooq.tables.records.DocumentRecord;

/** Reads and writes document metadata; the files themselves live in the {@link FileStore}. */
public final class DocumentDao {
    private final DSLContext dsl;

    public DocumentDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long meetingId, Long agendaItemId, DocumentCategory category, String title, String number,
                       int pages, long sizeBytes, String sha256) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.MEETING_ID, meetingId).set(DOCUMENT.AGENDA_ITEM_ID, agendaItemId)
                .set(DOCUMENT.CATEGORY, category.name()).set(DOCUMENT.TITLE, title).set(DOCUMENT.NUMBER, number)
                .set(DOCUMENT.PAGES, pages).set(DOCUMENT.SIZE_BYTES, sizeBytes).set(DOCUMENT.SHA256, sha256)
                .set(DOCUMENT.CREATED_AT, OffsetDateTime.now())
                .returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
    }

    /** The documents of a meeting that are not withdrawn. */
    public List<Document> current(long meetingId) {
        return dsl.selectFrom(DOCUMENT)
                .where(DOCUMENT.MEETING_ID.eq(meetingId).and(DOCUMENT.WITHDRAWN_AT.isNull()))
                .orderBy(DOCUMENT.ID).fetch(DocumentDao::toDocument);
    }

    private static Document toDocument(DocumentRecord r) {
        return new Document(r.getId(), r.getMeetingId(), r.getAgendaItemId(),
                DocumentCategory.valueOf(r.getCategory()), r.getTitle(), r.getNumber(), r.getPages(),
                r.getSizeBytes(), r.getSha256(), r.getVersion());
    }
}
