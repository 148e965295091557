package vn.dienhong.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws the running header and the footer ("Trang x/y") on every page once the page count is known,
 * so a loose printed page still says which record it belongs to and where it sits.
 */
final class PageFrame {
    private static final float SIZE = 8f;

    private PageFrame() {
    }

    static void stamp(PDDocument doc, PDFont font, String header, String footer) throws IOException {
        int total = doc.getNumberOfPages();
        float width = PDRectangle.A4.getWidth();
        float height = PDRectangle.A4.getHeight();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                s.setStrokingColor(0.6f, 0.6f, 0.6f);
                s.setLineWidth(0.4f);
                s.moveTo(PdfPages.LEFT, height - 40);
                s.lineTo(width - PdfPages.RIGHT, height - 40);
                s.moveTo(PdfPages.LEFT, 42);
                s.lineTo(width - PdfPages.RIGHT, 42);
                s.stroke();
                String head = fit(font, PdfText.nfc(header), width - PdfPages.LEFT - PdfPages.RIGHT);
                text(s, font, PdfPages.LEFT, height - 36, head);
                String pageText = "Trang " + (i + 1) + "/" + total;
                float pageWidth = PdfText.width(font, SIZE, pageText);
                text(s, font, width - PdfPages.RIGHT - pageWidth, 32, pageText);
                text(s, font, PdfPages.LEFT, 32, fit(font, PdfText.nfc(footer), width - PdfPages.LEFT - PdfPages.RIGHT - pageWidth - 20));
            }
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** Shortens a line with an ellipsis so that it never runs into the page number or off the page. */
    private static String fit(PDFont font, String text, float width) {
        String out = text;
        while (PdfText.width(font, SIZE, out) > width && out.length() > 2) {
            out = out.substring(0, out.length() - 2) + "…";
        }
        return out;
    }
}
