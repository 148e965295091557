package vn.dienhong.model;

import java.time.OffsetDateTime;

/**
 * One version of a document as it was distributed, replaced or withdrawn: the archive keeps every
 * version, so its metadata carries what the delegate-facing {@link Document} leaves out.
 */
public record RecordedDocument(long id, Long agendaItemId, DocumentCategory category, String title, String number,
                               int version, Long replacesId, int pages, long sizeBytes, String sha256,
                               OffsetDateTime createdAt, OffsetDateTime withdrawnAt) {
    /** The file name the archive gives this version: id, version and the start of its hash. */
    public String fileName() {
        return String.format("%04d-v%d-%s.pdf", id, version, sha256.substring(0, 12));
    }
}
