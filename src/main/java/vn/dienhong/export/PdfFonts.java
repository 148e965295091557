package vn.dienhong.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Embeds DejaVu (complete Vietnamese coverage) from the font jar, so PDFs read the same on any machine. */
public final class PdfFonts {
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument doc) {
        return load(doc, "DejaVuSans.ttf");
    }

    public static PDType0Font bold(PDDocument doc) {
        return load(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument doc, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing: is jasperreports-fonts on the class path?");
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
