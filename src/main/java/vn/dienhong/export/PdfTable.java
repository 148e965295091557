package vn.dienhong.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A ruled table that wraps text inside its cells and breaks across pages between rows, repeating its
 * heading row on every page, so that no row is ever cut and every page can be read alone.
 */
final class PdfTable {
    private static final float SIZE = 9f;
    private static final float LEADING = 11.5f;
    private static final float PAD = 3.5f;
    private final PdfPages pages;
    private final float[] widths;
    private final String[] headings;
    private PDPageContentStream headedOn;

    /** {@code shares} are the columns' relative widths; they fill the text width. */
    PdfTable(PdfPages pages, float[] shares, String... headings) {
        this.pages = pages;
        this.headings = headings;
        float sum = 0;
        for (float s : shares) {
            sum += s;
        }
        this.widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = pages.width() * shares[i] / sum;
        }
    }

    /** Adds a row; a row taller than the room left continues on the next page, under the repeated heading. */
    void row(String... cells) {
        List<List<String>> lines = lines(pages.regular, cells);
        while (true) {
            List<List<String>> heading = lines(pages.bold, headings);
            float headingHeight = headedOn == pages.stream() ? 0 : height(heading);
            int fit = (int) ((pages.y() - PdfPages.BOTTOM - headingHeight - 2 * PAD) / LEADING);
            int most = lines.stream().mapToInt(List::size).max().orElse(1);
            if (fit < Math.min(most, 3)) {
                pages.ensure(pages.y() - PdfPages.BOTTOM + 1); // nothing useful fits here: next page
                continue;
            }
            if (headingHeight > 0) {
                draw(pages.bold, heading, headingHeight, true);
                headedOn = pages.stream();
            }
            if (most <= fit) {
                draw(pages.regular, lines, height(lines), false);
                return;
            }
            List<List<String>> now = new ArrayList<>();
            List<List<String>> later = new ArrayList<>();
            for (List<String> cell : lines) {
                now.add(cell.subList(0, Math.min(fit, cell.size())));
                later.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
            }
            draw(pages.regular, now, height(now), false);
            lines = later;
            pages.ensure(pages.y() - PdfPages.BOTTOM + 1);
        }
    }

    /** Leaves a little room under the table. */
    void end() {
        pages.down(8);
    }

    private List<List<String>> lines(PDFont font, String[] cells) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.length && cells[i] != null ? cells[i] : "";
            out.add(PdfText.wrap(font, SIZE, text, widths[i] - 2 * PAD));
        }
        return out;
    }

    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return most * LEADING + 2 * PAD;
    }

    private void draw(PDFont font, List<List<String>> lines, float height, boolean shaded) {
        PDPageContentStream s = pages.stream();
        float top = pages.y();
        try {
            float x = PdfPages.LEFT;
            if (shaded) {
                s.setNonStrokingColor(0.9f, 0.92f, 0.95f);
                s.addRect(x, top - height, pages.width(), height);
                s.fill();
                s.setNonStrokingColor(0f, 0f, 0f);
            }
            s.setLineWidth(0.5f);
            for (int i = 0; i < widths.length; i++) {
                s.addRect(x, top - height, widths[i], height);
                float baseline = top - PAD - SIZE;
                for (String line : lines.get(i)) {
                    pages.show(font, SIZE, x + PAD, baseline, line);
                    baseline -= LEADING;
                }
                x += widths[i];
            }
            s.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.down(height);
    }
}
