package vn.dienhong.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text measured and broken into lines the way the PDF will print it: NFC first (decomposed Vietnamese
 * marks would be drawn beside their letters), words kept whole unless a word alone is wider than the line.
 */
final class PdfText {
    private PdfText() {
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ');
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text} within {@code width}; each paragraph (newline) starts a new line. */
    static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : nfc(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(word);
                while (width(font, size, line.toString()) > width && line.length() > 1) {
                    int cut = fit(font, size, line.toString(), width);
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of an over-long word fit (at least one, so wrapping always ends). */
    private static int fit(PDFont font, float size, String word, float width) {
        int n = 1;
        while (n < word.length() && width(font, size, word.substring(0, n + 1)) <= width) {
            n++;
        }
        return n;
    }
}
