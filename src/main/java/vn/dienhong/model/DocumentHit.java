package vn.dienhong.model;

/** One page that matches a search: which document, which page, and the words around the match. */
public record DocumentHit(long documentId, String title, DocumentCategory category, int page, String snippet) {
}
