package vn.dienhong.model;

import java.time.Instant;

/**
 * One version of a session document as stored: its metadata, who may read it and the SHA-256 that
 * names and checks its file. A replaced version keeps its row; the new one points back at it.
 */
public record Document(long id, long meetingId, Long agendaItemId, DocumentCategory category, String title,
                       String number, DocumentAudience audience, boolean restricted, int pages, long sizeBytes,
                       String sha256, int version, Long replacesId, Instant visibleFrom, Instant withdrawnAt,
                       Instant createdAt) {

    /** Whether tablets may see it at {@code now}: not withdrawn, and its publication time has come. */
    public boolean visibleAt(Instant now) {
        return withdrawnAt == null && (visibleFrom == null || !visibleFrom.isAfter(now));
    }
}
