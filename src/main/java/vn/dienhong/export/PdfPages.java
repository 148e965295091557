package vn.dienhong.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A writing position running down A4 pages: text and tables ask it for room and it starts a new page
 * when there is none, leaving the top and bottom bands free for {@link PageFrame}. One per document.
 */
final class PdfPages implements AutoCloseable {
    static final float LEFT = 62;
    static final float RIGHT = 50;
    static final float TOP = 62;
    static final float BOTTOM = 60;
    static final float BODY = 10.5f;
    final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument doc, PdfFonts fonts) throws IOException {
        this.doc = doc;
        this.regular = fonts.regular(doc);
        this.bold = fonts.bold(doc);
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Moves to a new page unless {@code height} still fits above the bottom band. */
    void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    /** A wrapped paragraph starting {@code indent} from the left margin. */
    void paragraph(PDFont font, float size, float indent, String text) {
        List<String> lines = PdfText.wrap(font, size, text, width() - indent);
        for (String line : lines) {
            ensure(size * 1.45f);
            show(font, size, LEFT + indent, y - size, line);
            down(size * 1.45f);
        }
    }

    void paragraph(String text) {
        paragraph(regular, BODY, 0, text);
    }

    /** A section heading, kept on the page with at least a few lines of what follows it. */
    void heading(String text) {
        down(6);
        ensure(70);
        paragraph(bold, 11.5f, 0, text);
        down(3);
    }

    /** A line centred on the page. */
    void centred(PDFont font, float size, String text) {
        for (String line : PdfText.wrap(font, size, text, width())) {
            ensure(size * 1.5f);
            show(font, size, LEFT + (width() - PdfText.width(font, size, line)) / 2, y - size, line);
            down(size * 1.5f);
        }
    }

    void show(PDFont font, float size, float x, float baseline, String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(PdfText.nfc(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            stream.setNonStrokingColor(0f, 0f, 0f);
            stream.setStrokingColor(0f, 0f, 0f);
            y = PDRectangle.A4.getHeight() - TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
