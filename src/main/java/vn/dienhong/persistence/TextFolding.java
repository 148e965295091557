package vn.dienhong.persistence;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for search: tone and vowel marks removed, đ read as d, lower case, one
 * character for one character, so that a match found in folded text points at the same place in
 * the original ("Nghị quyết" and "nghi quyet" fold alike).
 */
public final class TextFolding {
    /** Every Vietnamese letter is below U+1F00 (Latin-1, Latin Extended-A/B, Latin Extended Additional). */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = slowFold(c);
        }
    }

    private TextFolding() {
    }

    /** The folded text, exactly as long as the NFC form of {@code text}. */
    public static String fold(String text) {
        String nfc = nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(foldChar(nfc.charAt(i)));
        }
        return out.toString();
    }

    /** Text in composed form, the form page texts are stored and cut in. */
    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** From the table built once: one Normalizer call per character made search snippets slow. */
    private static char foldChar(char c) {
        return c < FOLDED.length ? FOLDED[c] : slowFold(c);
    }

    static char slowFold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(base.charAt(0));
    }
}
