package vn.dienhong.model;

/** A document as one reader's library lists it: with whether this reader has opened this version yet. */
public record LibraryEntry(Document document, boolean opened) {
}
