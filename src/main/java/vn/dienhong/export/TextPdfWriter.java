package vn.dienhong.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays out a titled A4 text document (heading, then wrapped paragraphs over as many pages as they
 * need) with embedded DejaVu; text is normalised to NFC first, or Vietnamese tone marks misplace.
 * Not thread-safe: use one writer per thread.
 */
public final class TextPdfWriter {
    private final PdfFonts fonts = new PdfFonts();
    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 12;
    private static final float LEADING = 17;

    /** A rendered PDF and its page count. */
    public record Pdf(byte[] bytes, int pages) {
    }

    /** Renders the document. */
    public Pdf write(String header, String title, List<String> paragraphs) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = fonts.regular(doc);
            PDFont bold = fonts.bold(doc);
            Page page = new Page(doc);
            page.line(bold, 11, nfc(header));
            page.gap();
            for (String line : wrap(bold, 16, nfc(title))) {
                page.line(bold, 16, line);
            }
            page.gap();
            for (String paragraph : paragraphs) {
                for (String line : wrap(regular, BODY_SIZE, nfc(paragraph))) {
                    page.line(regular, BODY_SIZE, line);
                }
                page.gap();
            }
            page.finish();
            doc.getDocumentInformation().setTitle(nfc(title));
            doc.save(out);
            return new Pdf(out.toByteArray(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<String> wrap(PDFont font, float size, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The page being filled; starts a new one when the bottom margin is reached. */
    private static final class Page {
        private final PDDocument doc;
        private PDPageContentStream stream;
        private float y;

        Page(PDDocument doc) throws IOException {
            this.doc = doc;
            next();
        }

        void line(PDFont font, float size, String text) throws IOException {
            if (y - LEADING < MARGIN) {
                next();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
            y -= size > BODY_SIZE ? size * 1.5f : LEADING;
        }

        void gap() {
            y -= LEADING / 2;
        }

        private void next() throws IOException {
            finish();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void finish() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
