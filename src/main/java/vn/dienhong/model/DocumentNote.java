package vn.dienhong.model;

import java.time.Instant;

/** A delegate's own note on a page of a document, with the words it highlights (may be null). */
public record DocumentNote(long id, long documentId, int page, String quote, String text, Instant createdAt) {
}
