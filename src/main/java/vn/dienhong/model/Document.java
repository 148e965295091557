package vn.dienhong.model;

/** A session document as stored: its metadata and the SHA-256 that names and checks its file. */
public record Document(long id, long meetingId, Long agendaItemId, DocumentCategory category, String title,
                       String number, int pages, long sizeBytes, String sha256, int version) {
}
