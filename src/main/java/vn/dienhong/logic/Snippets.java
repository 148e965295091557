package vn.dienhong.logic;

import java.util.List;
import vn.dienhong.persistence.TextFolding;

/**
 * Cuts the words around a search match out of a page, so a delegate sees why the page was found;
 * the match is found in folded text and cut from the original, which folding keeps aligned.
 */
final class Snippets {
    static final int AROUND = 90;

    private Snippets() {
    }

    /** Up to about {@code 2 × AROUND} characters of {@code page} around the first of {@code words} found. */
    static String around(String page, List<String> words) {
        String text = TextFolding.nfc(page).replaceAll("\\s+", " ").strip();
        String folded = TextFolding.fold(text);
        int at = words.stream().map(TextFolding::fold).mapToInt(folded::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - AROUND);
        int end = Math.min(text.length(), at + AROUND);
        while (start > 0 && start < at && text.charAt(start - 1) != ' ') {
            start++;
        }
        while (end < text.length() && text.charAt(end) != ' ' && end > at) {
            end--;
        }
        if (end <= start) {
            end = Math.min(text.length(), at + AROUND);
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
