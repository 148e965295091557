package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.DOCUMENT;
import static vn.dienhong.persistence.jooq.Tables.DOCUMENT_OPEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;
import vn.dienhong.persistence.jooq.tables.records.DocumentRecord;

/** Reads and writes document metadata and who opened which version; the files live in the {@link FileStore}. */
public final class DocumentDao {
    private static final org.jooq.Condition NOT_REPLACED = DSL.notExists(DSL.selectOne()
            .from(DOCUMENT.as("newer")).where(DOCUMENT.as("newer").REPLACES_ID.eq(DOCUMENT.ID)));
    private final DSLContext dsl;

    public DocumentDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores one version; {@code replacesId} names the version it replaces (null for a first version). */
    public long insert(long meetingId, NewDocument meta, int pages, long sizeBytes, String sha256, int version,
                       Long replacesId, Instant now) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.MEETING_ID, meetingId).set(DOCUMENT.AGENDA_ITEM_ID, meta.agendaItemId())
                .set(DOCUMENT.CATEGORY, meta.category().name()).set(DOCUMENT.TITLE, meta.title())
                .set(DOCUMENT.NUMBER, meta.number()).set(DOCUMENT.AUDIENCE, meta.audience().name())
                .set(DOCUMENT.RESTRICTED, meta.restricted()).set(DOCUMENT.FILE_NAME, meta.fileName())
                .set(DOCUMENT.PAGES, pages).set(DOCUMENT.SIZE_BYTES, sizeBytes).set(DOCUMENT.SHA256, sha256)
                .set(DOCUMENT.VERSION, version).set(DOCUMENT.REPLACES_ID, replacesId)
                .set(DOCUMENT.VISIBLE_FROM, at(meta.visibleFrom())).set(DOCUMENT.CREATED_AT, at(now))
                .returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
    }

    public Optional<Document> find(long id) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(DocumentDao::toDocument);
    }

    /** The versions in use: neither withdrawn nor replaced by a newer one. */
    public List<Document> current(long meetingId) {
        return dsl.selectFrom(DOCUMENT)
                .where(DOCUMENT.MEETING_ID.eq(meetingId).and(DOCUMENT.WITHDRAWN_AT.isNull()).and(NOT_REPLACED))
                .orderBy(DOCUMENT.ID).fetch(DocumentDao::toDocument);
    }

    /** Every version ever loaded for the meeting, withdrawn and replaced ones included (the record). */
    public List<Document> all(long meetingId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.MEETING_ID.eq(meetingId)).orderBy(DOCUMENT.ID)
                .fetch(DocumentDao::toDocument);
    }

    /** Whether a newer version replaces this one. */
    public boolean replaced(long id) {
        return dsl.fetchExists(DOCUMENT, DOCUMENT.REPLACES_ID.eq(id));
    }

    public void withdraw(long id, Instant at) {
        dsl.update(DOCUMENT).set(DOCUMENT.WITHDRAWN_AT, at(at)).where(DOCUMENT.ID.eq(id)).execute();
    }

    /**
     * Notes the first time an account opened a version; later openings change nothing, even two at
     * once (a reader fetching ranges in parallel): the loser of that race meets the key and is ignored.
     */
    public void markOpened(long documentId, long accountId, Instant at) {
        try {
            dsl.insertInto(DOCUMENT_OPEN).set(DOCUMENT_OPEN.DOCUMENT_ID, documentId)
                    .set(DOCUMENT_OPEN.ACCOUNT_ID, accountId).set(DOCUMENT_OPEN.OPENED_AT, at(at))
                    .onDuplicateKeyIgnore().execute();
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.sqlStateClass() != org.jooq.exception.SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw e;
            }
            // the other request of the race wrote it: the first opening is on record
        }
    }

    /** Of the given versions, those this account has opened. */
    public Set<Long> openedBy(long accountId, List<Long> documentIds) {
        return new HashSet<>(dsl.select(DOCUMENT_OPEN.DOCUMENT_ID).from(DOCUMENT_OPEN)
                .where(DOCUMENT_OPEN.ACCOUNT_ID.eq(accountId).and(DOCUMENT_OPEN.DOCUMENT_ID.in(documentIds)))
                .fetch(DOCUMENT_OPEN.DOCUMENT_ID));
    }

    /** Who opened a version and when, first opener first: account id and time. */
    public List<Opening> openings(long documentId) {
        return dsl.select(DOCUMENT_OPEN.ACCOUNT_ID, DOCUMENT_OPEN.OPENED_AT).from(DOCUMENT_OPEN)
                .where(DOCUMENT_OPEN.DOCUMENT_ID.eq(documentId)).orderBy(DOCUMENT_OPEN.OPENED_AT)
                .fetch(r -> new Opening(r.value1(), r.value2().toInstant()));
    }

    /** One account's first opening of a version. */
    public record Opening(long accountId, Instant at) {
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static Document toDocument(DocumentRecord r) {
        return new Document(r.getId(), r.getMeetingId(), r.getAgendaItemId(),
                DocumentCategory.valueOf(r.getCategory()), r.getTitle(), r.getNumber(),
                DocumentAudience.valueOf(r.getAudience()), r.getRestricted(), r.getPages(), r.getSizeBytes(),
                r.getSha256(), r.getVersion(), r.getReplacesId(), instant(r.getVisibleFrom()),
                instant(r.getWithdrawnAt()), instant(r.getCreatedAt()));
    }
}
