package vn.dienhong.export;

import static vn.dienhong.export.RecordWords.dateTime;
import static vn.dienhong.export.RecordWords.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.VoteKind;

/**
 * A one-page result sheet for one vote, to post on the notice board: the same counts, percentages and
 * outcome as the minutes, large enough to read standing. PDF/A-2b like the minutes; one instance per thread.
 */
public final class ResultSheetPdf {
    private final PdfFonts fonts = new PdfFonts();

    public byte[] write(SessionRecord record, RecordedVote v) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = (v.vote().kind() == VoteKind.RESOLUTION ? "Kết quả biểu quyết: " : "Kết quả bỏ phiếu: ")
                    + v.vote().title();
            try (PdfPages pages = new PdfPages(doc, fonts)) {
                pages.centred(pages.bold, 11, PdfText.nfc(record.council().name()).toUpperCase(Locale.ROOT));
                pages.centred(pages.regular, 10.5f, record.meeting().title());
                pages.down(14);
                pages.centred(pages.bold, 17, v.vote().kind() == VoteKind.RESOLUTION ? "KẾT QUẢ BIỂU QUYẾT" : "KẾT QUẢ BỎ PHIẾU");
                pages.centred(pages.bold, 13.5f, v.vote().title());
                pages.down(6);
                pages.paragraph(pages.regular, 11.5f, 0, VoteLines.details(v.vote()) + ".");
                pages.paragraph(pages.regular, 11.5f, 0, word("status", v.vote().status()) + " lúc "
                        + dateTime(v.vote().closedAt()) + ".");
                if (v.result() != null && v.vote().status() == vn.dienhong.model.VoteStatus.CLOSED) {
                    body(pages, v);
                }
                if (v.auditHead() != null) {
                    pages.down(10);
                    pages.paragraph(pages.regular, 8.5f, 0, "Mã kiểm chứng (SHA-256): " + v.auditHead());
                }
            }
            PageFrame.stamp(doc, fonts.regular(doc), record.council().name() + " – " + record.meeting().title(),
                    "Phiếu kết quả – trích từ hồ sơ kỳ họp xuất lúc " + dateTime(record.exportedAt()));
            PdfArchival.apply(doc, title, record.council().name(), record.exportedAt());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(PdfPages pages, RecordedVote v) {
        pages.paragraph(pages.regular, 11.5f, 0, VoteLines.turnout(v));
        pages.down(6);
        VoteKind kind = v.vote().kind();
        if (kind == VoteKind.RESOLUTION) {
            PdfTable table = new PdfTable(pages, new float[] {6, 3, 3}, "Lựa chọn", "Số đại biểu", "Tỷ lệ so với tổng số");
            VoteLines.resolutionRows(v.result()).forEach(table::row);
            table.end();
            pages.down(6);
            pages.paragraph(pages.bold, 13, 0, word("passed." + v.result().passed()).toUpperCase(Locale.ROOT));
            pages.paragraph(pages.regular, 11, 0, VoteLines.resolutionOutcome(v.result()));
        } else {
            PdfTable table = new PdfTable(pages, VoteLines.subjectShares(kind), VoteLines.subjectHeadings(kind));
            for (SubjectResult s : v.result().subjects()) {
                table.row(VoteLines.subjectRow(kind, s, v.result().total()));
            }
            table.end();
        }
    }
}
