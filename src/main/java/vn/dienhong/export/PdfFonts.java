package vn.dienhong.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Embeds DejaVu (complete Vietnamese coverage) from the font jar, so PDFs read the same on any
 * machine. The font files are parsed once per instance and reused for every document it writes,
 * which more than halves the cost of a short PDF; like PDFBox itself, one instance per thread.
 */
final class PdfFonts {
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private final TrueTypeFont regular = parse("DejaVuSans.ttf");
    private final TrueTypeFont bold = parse("DejaVuSans-Bold.ttf");

    PDType0Font regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, regular, true);
    }

    PDType0Font bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, bold, true);
    }

    private static TrueTypeFont parse(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing: is jasperreports-fonts on the class path?");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
