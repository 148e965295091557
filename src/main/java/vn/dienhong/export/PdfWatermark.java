package vn.dienhong.export;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps a restricted draft with the reader's name and the time across every page, so a copy that
 * leaves the hall says whose it was. One instance per thread, like PDFBox itself.
 */
public final class PdfWatermark {
    private static final float SIZE = 26;
    private final PdfFonts fonts = new PdfFonts();

    /** Writes {@code source} stamped with {@code line} (e.g. "Nguyễn Văn A – 09:15 29/11/2026") to {@code target}. */
    public void stamp(Path source, Path target, String line) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            PDType0Font font = fonts.bold(doc);
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.22f);
            for (PDPage page : doc.getPages()) {
                stampPage(doc, page, font, faint, line);
            }
            doc.save(target.toFile());
        }
    }

    private static void stampPage(PDDocument doc, PDPage page, PDType0Font font, PDExtendedGraphicsState faint,
                                  String line) throws IOException {
        PDRectangle box = page.getCropBox();
        double diagonal = Math.hypot(box.getWidth(), box.getHeight());
        // as large as fits along 85% of the diagonal, never larger than SIZE
        float size = (float) Math.min(SIZE, 0.85 * diagonal / (font.getStringWidth(line) / 1000));
        float width = font.getStringWidth(line) / 1000 * size;
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            out.setGraphicsStateParameters(faint);
            out.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            out.beginText();
            out.setFont(font, size);
            Matrix at = Matrix.getRotateInstance(angle, box.getLowerLeftX() + box.getWidth() / 2,
                    box.getLowerLeftY() + box.getHeight() / 2);
            at.translate(-width / 2, -size / 3);
            out.setTextMatrix(at);
            out.showText(line);
            out.endText();
            // a small plain line at the foot, readable even where the diagonal crosses a picture
            out.beginText();
            out.setFont(font, 9);
            out.setTextMatrix(Matrix.getTranslateInstance(box.getLowerLeftX() + 20, box.getLowerLeftY() + 12));
            out.showText(line);
            out.endText();
        }
    }
}
