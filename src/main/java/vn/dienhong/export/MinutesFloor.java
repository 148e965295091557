package vn.dienhong.export;

import static vn.dienhong.export.RecordWords.dateTime;
import static vn.dienhong.export.RecordWords.percent;
import static vn.dienhong.export.RecordWords.time;
import static vn.dienhong.export.RecordWords.word;

import java.util.List;
import java.util.Objects;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.Notice;
import vn.dienhong.model.RecordedDocument;
import vn.dienhong.model.RecordedQuestion;
import vn.dienhong.model.RecordedSitting;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.model.SpeakerRequest;

/** The minutes' account of the floor: sittings and attendance, the agenda with its documents, who spoke and asked. */
final class MinutesFloor {
    private final PdfPages pages;
    private final SessionRecord record;

    MinutesFloor(PdfPages pages, SessionRecord record) {
        this.pages = pages;
        this.record = record;
    }

    void sittings() {
        pages.heading("III. CÁC PHIÊN HỌP VÀ ĐIỂM DANH");
        for (RecordedSitting s : record.sittings()) {
            pages.paragraph(pages.bold, PdfPages.BODY, 0, s.sitting().ordinal() + ". " + s.sitting().title());
            pages.paragraph(s.openedAt() == null
                    ? "Giờ khai mạc, bế mạc: hệ thống không ghi nhận; giờ khai mạc theo chương trình: "
                            + dateTime(s.sitting().startsAt()) + "."
                    : "Khai mạc lúc " + dateTime(s.openedAt()) + "; " + (s.closedAt() == null
                            ? "giờ bế mạc chưa được ghi nhận" : "bế mạc lúc " + dateTime(s.closedAt()))
                            + " (theo chương trình: " + dateTime(s.sitting().startsAt()) + ").");
            int total = s.attendance().size();
            pages.paragraph("Có mặt " + s.present() + " trên tổng số " + total + " đại biểu (" + percent(s.present(), total)
                    + "), trong đó tại hội trường " + count(s, AttendanceStatus.PRESENT) + ", tại điểm cầu "
                    + count(s, AttendanceStatus.REMOTE) + "; vắng có lý do " + count(s, AttendanceStatus.EXCUSED)
                    + "; vắng mặt " + count(s, AttendanceStatus.ABSENT) + "; chưa điểm danh "
                    + count(s, AttendanceStatus.UNMARKED) + ".");
            List<AttendanceLine> away = s.attendance().stream()
                    .filter(a -> a.status() == AttendanceStatus.EXCUSED || a.status() == AttendanceStatus.ABSENT).toList();
            if (!away.isEmpty()) {
                PdfTable table = new PdfTable(pages, new float[] {1.4f, 7, 4, 8}, "STT", "Đại biểu vắng", "Tình trạng", "Lý do");
                int n = 1;
                for (AttendanceLine a : away) {
                    table.row(String.valueOf(n++), a.name(), word("attendance", a.status()),
                            a.reason() == null ? "" : a.reason());
                }
                table.end();
            }
            pages.down(4);
        }
    }

    void agenda() {
        pages.heading("IV. CHƯƠNG TRÌNH VÀ TÀI LIỆU TRÌNH BÀY");
        PdfTable table = new PdfTable(pages, new float[] {1.4f, 7, 4, 9}, "STT", "Nội dung", "Trình bày", "Tài liệu");
        for (AgendaItem item : record.agenda()) {
            table.row(String.valueOf(item.ordinal()), item.title(), Objects.toString(item.presenter(), ""),
                    documents(item.id()));
        }
        String general = documents(null);
        if (!general.isEmpty()) {
            table.row("", "Tài liệu chung của kỳ họp", "", general);
        }
        table.end();
    }

    private String documents(Long agendaItemId) {
        StringBuilder out = new StringBuilder();
        for (RecordedDocument d : record.documents()) {
            if (Objects.equals(d.agendaItemId(), agendaItemId)) {
                out.append(out.isEmpty() ? "" : "\n").append("– ").append(d.number() == null ? "" : d.number() + ": ")
                        .append(d.title()).append(d.version() > 1 ? " (bản " + d.version() + ")" : "")
                        .append(d.withdrawnAt() != null ? " [đã rút/thay thế]" : "");
            }
        }
        return out.toString();
    }

    void speakers() {
        pages.heading("V. PHÁT BIỂU, CHẤT VẤN VÀ Ý KIẾN GỬI CHỦ TỌA");
        List<SpeakerRequest> spoke = record.speakers().stream().filter(s -> s.startedAt() != null).toList();
        if (spoke.isEmpty()) {
            pages.paragraph("Không có lượt phát biểu nào được ghi nhận.");
        } else {
            PdfTable table = new PdfTable(pages, new float[] {1.4f, 6, 4, 7, 4}, "STT", "Đại biểu", "Hình thức",
                    "Nội dung / người trả lời", "Thời gian");
            int n = 1;
            for (SpeakerRequest s : spoke) {
                String topic = s.respondentName() == null ? Objects.toString(s.topic(), "")
                        : "Trả lời: " + s.respondentName() + (s.topic() == null ? "" : "\n" + s.topic());
                table.row(String.valueOf(n++), s.delegateName(), word("speaker", s.kind()), topic,
                        time(s.startedAt()) + "–" + time(s.endedAt()) + "\n" + RecordWords.date(s.startedAt()
                                .atZoneSameInstant(RecordWords.HALL_ZONE).toLocalDate()));
            }
            table.end();
        }
        if (!record.questions().isEmpty()) {
            pages.paragraph(pages.bold, PdfPages.BODY, 0, "Câu hỏi chất vấn");
            PdfTable table = new PdfTable(pages, new float[] {1.4f, 5, 5, 9, 4}, "STT", "Đại biểu", "Người trả lời",
                    "Câu hỏi", "Hỏi / trả lời");
            int n = 1;
            for (RecordedQuestion q : record.questions()) {
                table.row(String.valueOf(n++), q.delegateName(), q.respondentName(),
                        (q.written() ? "(bằng văn bản) " : "") + q.text(), time(q.askedAt()) + " / " + time(q.answeredAt()));
            }
            table.end();
        }
        pages.paragraph("Số ý kiến đại biểu gửi Chủ tọa: " + record.opinionCount() + ".");
    }

    void notices() {
        pages.heading("VII. THÔNG BÁO");
        if (record.notices().isEmpty()) {
            pages.paragraph("Không có thông báo.");
        }
        for (Notice notice : record.notices()) {
            pages.paragraph("– " + dateTime(notice.postedAt()) + ": " + notice.text());
        }
    }

    private static long count(RecordedSitting s, AttendanceStatus status) {
        return s.attendance().stream().filter(a -> a.status() == status).count();
    }
}
