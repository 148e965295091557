package vn.dienhong.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws a document's first page as a small picture for the tablet's library, so a delegate can
 * recognise a document at a glance. Slow (PDFBox renders), so it runs on a worker, never on the
 * JavaFX thread or an event loop.
 */
public final class PdfThumbnail {
    /** Width of the picture in pixels: sharp on a tablet's library card at twice its CSS size. */
    public static final int WIDTH = 240;

    /** Renders page 1 of {@code pdf} to a PNG at {@code png}. */
    public void render(Path pdf, Path png) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float pointsWide = doc.getPage(0).getCropBox().getWidth();
            float scale = WIDTH / pointsWide;
            BufferedImage page = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
            ImageIO.write(page, "png", png.toFile());
        }
    }
}
