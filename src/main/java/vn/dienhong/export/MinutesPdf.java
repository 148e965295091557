package vn.dienhong.export;

import static vn.dienhong.export.RecordWords.date;
import static vn.dienhong.export.RecordWords.dateTime;
import static vn.dienhong.export.RecordWords.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.dienhong.model.OfficeHolder;
import vn.dienhong.model.Role;
import vn.dienhong.model.SessionRecord;

/**
 * Writes the minutes (biên bản) of a meeting as a PDF/A-2b document: the front matter and the
 * closing here, the floor in {@link MinutesFloor} and the votes in {@link MinutesVotes}.
 * Not thread-safe: one instance per thread (it reuses parsed fonts).
 */
public final class MinutesPdf {
    private final PdfFonts fonts = new PdfFonts();

    public byte[] write(SessionRecord record) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = "Biên bản " + record.meeting().title();
            try (PdfPages pages = new PdfPages(doc, fonts)) {
                front(pages, record);
                MinutesFloor floor = new MinutesFloor(pages, record);
                floor.sittings();
                floor.agenda();
                floor.speakers();
                new MinutesVotes(pages, record).all();
                floor.notices();
                closing(pages, record);
            }
            PageFrame.stamp(doc, fonts.regular(doc), record.council().name().toUpperCase(Locale.ROOT) + " – " + title,
                    "Mã kiểm chứng (SHA-256): " + record.auditHead());
            PdfArchival.apply(doc, title, record.council().name(), record.exportedAt());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void front(PdfPages pages, SessionRecord record) {
        float half = pages.width() / 2;
        float top = pages.y();
        pages.show(pages.bold, 10, PdfPages.LEFT, top - 10, PdfText.nfc(record.council().name()).toUpperCase(Locale.ROOT));
        pages.show(pages.regular, 10, PdfPages.LEFT, top - 24, "Khóa " + record.council().term());
        String nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        String motto = "Độc lập – Tự do – Hạnh phúc";
        pages.show(pages.bold, 10, PdfPages.LEFT + half + (half - PdfText.width(pages.bold, 10, nation)) / 2, top - 10, nation);
        pages.show(pages.bold, 10, PdfPages.LEFT + half + (half - PdfText.width(pages.bold, 10, motto)) / 2, top - 24, motto);
        pages.down(48);
        pages.centred(pages.bold, 16, "BIÊN BẢN");
        pages.centred(pages.bold, 12.5f, record.meeting().title());
        pages.down(8);

        pages.heading("I. THÔNG TIN CHUNG");
        var meeting = record.meeting();
        pages.paragraph("Hội đồng: " + record.council().name() + "; khóa: " + record.council().term() + ".");
        pages.paragraph("Loại cuộc họp: " + word("meetingKind", meeting.kind())
                + (meeting.sessionNumber() == null ? "" : "; kỳ họp thứ: " + meeting.sessionNumber()) + ".");
        pages.paragraph("Thời gian: từ ngày " + date(meeting.startsOn()) + " đến ngày " + date(meeting.endsOn()) + ".");
        pages.paragraph("Địa điểm: " + (meeting.place() == null ? "không ghi" : meeting.place()) + ".");
        pages.paragraph("Tổng số đại biểu: " + record.totalDelegates() + "; số phiên họp: " + record.sittings().size()
                + "; số nội dung: " + record.agenda().size() + "; số lần biểu quyết: " + record.votes().size() + ".");

        pages.heading("II. CHỦ TỌA VÀ THƯ KÝ");
        if (record.presiding().isEmpty()) {
            pages.paragraph("Không có tài khoản chủ tọa hay thư ký trong hệ thống.");
        }
        for (OfficeHolder holder : record.presiding()) {
            pages.paragraph(word("role", holder.role()) + ": " + holder.name()
                    + (holder.title() == null ? "" : " – " + holder.title()) + ".");
        }
    }

    private static void closing(PdfPages pages, SessionRecord record) {
        pages.ensure(260); // the proof and the signatures on one page
        pages.heading("VIII. XÁC THỰC HỒ SƠ");
        pages.paragraph("Mã kiểm chứng cuối chuỗi nhật ký (SHA-256) khi xuất hồ sơ lúc " + dateTime(record.exportedAt())
                + ":");
        pages.paragraph(pages.bold, 9, 0, record.auditHead());
        pages.paragraph("Mỗi thay đổi trong kỳ họp được ghi vào nhật ký nối chuỗi băm; tệp manifest-sha256.txt ghi mã "
                + "SHA-256 của mọi tệp trong hồ sơ. Kiểm tra hồ sơ: java -jar dienhong.jar verify <thư mục hồ sơ> "
                + "(hoặc sha256sum -c manifest-sha256.txt).");
        pages.down(18);
        pages.ensure(90);
        float half = pages.width() / 2;
        float top = pages.y();
        signature(pages, PdfPages.LEFT, half, top, "THƯ KÝ KỲ HỌP", holder(record, Role.SECRETARY));
        signature(pages, PdfPages.LEFT + half, half, top, "CHỦ TỌA", holder(record, Role.CHAIR));
        pages.down(90);
    }

    private static String holder(SessionRecord record, Role role) {
        return record.presiding().stream().filter(h -> h.role() == role).map(OfficeHolder::name).findFirst().orElse("");
    }

    private static void signature(PdfPages pages, float x, float width, float top, String title, String name) {
        pages.show(pages.bold, 10.5f, x + (width - PdfText.width(pages.bold, 10.5f, title)) / 2, top - 11, title);
        String note = "(ký, ghi rõ họ tên)";
        pages.show(pages.regular, 9, x + (width - PdfText.width(pages.regular, 9, note)) / 2, top - 26, note);
        String nfcName = PdfText.nfc(name);
        pages.show(pages.bold, 10.5f, x + (width - PdfText.width(pages.bold, 10.5f, nfcName)) / 2, top - 80, nfcName);
    }
}
