package vn.dienhong.model;

/**
 * The paper a meeting did not print: its documents' pages times the people each was meant for
 * (the seed's "giảm trên 90% giấy tờ" made concrete).
 */
public record PaperSaved(int documents, long pages, long printedPages) {
}
