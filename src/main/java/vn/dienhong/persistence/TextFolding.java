package vn.dienhong.persistence;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for search: tone and vowel marks removed, đ read as d, lower case, one
 * character for one character, so that a match found in folded text points at the same place in
 * the original ("Nghị quyết" and "nghi quyet" fold alike).
 */
public final class TextFolding {
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

    private static char foldChar(char c) {
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
