package vn.dienhong.logic;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import vn.dienhong.export.PdfInspector;
import vn.dienhong.export.TextPdfWriter;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;
import vn.dienhong.persistence.DocumentDao;
import vn.dienhong.persistence.DocumentTextDao;
import vn.dienhong.persistence.FileStore;

/** Writes the demo session's PDFs (one per category a delegate expects) and registers them. */
final class DemoDocuments {
    private static final String HEADER = "HỘI ĐỒNG NHÂN DÂN TỈNH LẠC HỒNG – KHÓA XVII, KỲ HỌP THỨ SÁU";
    private final DocumentDao documents;
    private final FileStore files;
    private final DocumentTextDao texts;
    private final TextPdfWriter writer = new TextPdfWriter();
    private final PdfInspector inspector = new PdfInspector();

    DemoDocuments(DSLContext dsl, FileStore files) {
        this.documents = new DocumentDao(dsl);
        this.texts = new DocumentTextDao(dsl);
        this.files = files;
    }

    void insert(long meeting, List<Long> agenda, List<Delegate> delegates) {
        add(meeting, agenda.get(0), DocumentCategory.PROGRAM, "Chương trình kỳ họp thứ Sáu", "01/CT-HĐND",
                List.of("Kỳ họp diễn ra trong hai ngày tại Hội trường Trung tâm Hội nghị tỉnh.",
                        "Ngày thứ nhất: khai mạc; báo cáo kinh tế – xã hội; báo cáo ngân sách; tờ trình đầu tư công; "
                                + "báo cáo thẩm tra; thảo luận tại hội trường.",
                        "Ngày thứ hai: chất vấn và trả lời chất vấn; biểu quyết thông qua các nghị quyết; bế mạc."), 1);
        add(meeting, agenda.get(1), DocumentCategory.REPORT,
                "Báo cáo tình hình kinh tế – xã hội năm 2026, phương hướng, nhiệm vụ năm 2027", "245/BC-UBND",
                sections("Tăng trưởng kinh tế", "Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 8,12%, "
                        + "cao hơn mức bình quân cả nước; cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng công "
                        + "nghiệp – xây dựng và dịch vụ."), 4);
        add(meeting, agenda.get(2), DocumentCategory.REPORT,
                "Báo cáo đánh giá thực hiện dự toán ngân sách nhà nước năm 2026", "246/BC-UBND",
                sections("Thu ngân sách", "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 18.450 tỷ đồng, "
                        + "bằng 106,3% dự toán Trung ương giao; chi đầu tư phát triển giải ngân đạt 92,1%."), 3);
        add(meeting, agenda.get(3), DocumentCategory.PROPOSAL,
                "Tờ trình về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026–2030", "112/TTr-UBND",
                sections("Sự cần thiết", "Điều chỉnh kế hoạch nhằm bố trí vốn cho các dự án giao thông liên "
                        + "vùng, trường học vùng khó khăn và trạm y tế xã đạt chuẩn quốc gia."), 2);
        add(meeting, agenda.get(4), DocumentCategory.DRAFT_REPORT,
                "Dự thảo báo cáo thẩm tra của Ban Kinh tế – Ngân sách", "38/BC-KTNS",
                sections("Ý kiến thẩm tra", "Ban cơ bản thống nhất với dự toán, đề nghị UBND tỉnh rà soát các "
                        + "khoản chi thường xuyên và ưu tiên vốn cho y tế cơ sở."), 2);
        add(meeting, agenda.get(7), DocumentCategory.DRAFT_RESOLUTION,
                "Dự thảo Nghị quyết về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh năm 2027",
                "DT-NQ/HĐND", sections("Điều", "Thông qua dự toán thu ngân sách nhà nước trên địa bàn và phương án "
                        + "phân bổ ngân sách cấp tỉnh năm 2027 như Tờ trình của UBND tỉnh."), 2);
        add(meeting, agenda.get(7), DocumentCategory.DRAFT_RESOLUTION,
                "Dự thảo Nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn 2026–2030", "DT-NQ/HĐND",
                sections("Điều", "Điều chỉnh, bổ sung danh mục dự án đầu tư công trung hạn theo phụ lục kèm theo."), 2);
        add(meeting, agenda.get(5), DocumentCategory.VOTER_OPINIONS,
                "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp", "57/BC-MTTQ",
                sections("Kiến nghị", "Cử tri đề nghị sớm sửa chữa tuyến đường liên xã, tăng cường bác sĩ cho "
                        + "trạm y tế và hỗ trợ học sinh vùng khó khăn."), 3);
        add(meeting, null, DocumentCategory.DELEGATE_LIST, "Danh sách đại biểu HĐND tỉnh khóa XVII", "DS-ĐB",
                delegateLines(delegates), 1);
        add(meeting, null, DocumentCategory.NOTICE, "Thông báo về tổ chức kỳ họp không giấy", "09/TB-HĐND",
                List.of("Đại biểu sử dụng máy tính bảng được cấp để đọc tài liệu, điểm danh, đăng ký phát biểu "
                        + "và biểu quyết. Tên đăng nhập và mã PIN được gửi riêng cho từng đại biểu."), 1);
        add(meeting, agenda.get(6), DocumentCategory.REFERENCE,
                "Tài liệu tham khảo: kết quả giám sát y tế cơ sở", "TK-01",
                sections("Kết quả giám sát", "Đến nay 86,5% trạm y tế xã có bác sĩ; tỷ lệ người dân tham gia bảo "
                        + "hiểm y tế đạt 93,2%."), 2);
        add(meeting, null, DocumentCategory.PRESS, "Tổng hợp báo chí về kỳ họp", "BC-BC",
                sections("Điểm tin", "Báo chí phản ánh ý kiến cử tri về giao thông nông thôn và chất lượng giáo "
                        + "dục vùng cao."), 1);
    }

    private void add(long meeting, Long agendaItem, DocumentCategory category, String title, String number,
                     List<String> paragraphs, int repeat) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            body.addAll(paragraphs);
        }
        TextPdfWriter.Pdf pdf = writer.write(HEADER, title, body);
        String hash = files.put(new ByteArrayInputStream(pdf.bytes()));
        PdfInspector.Inspection inside;
        try {
            inside = inspector.inspect(files.pathOf(hash));
        } catch (PdfInspector.Rejected e) {
            throw new IllegalStateException("the demo wrote an unreadable PDF: " + title, e);
        }
        NewDocument meta = new NewDocument(title, number, category, agendaItem, DocumentAudience.DELEGATES, false,
                false, null, null);
        long id = documents.insert(meeting, meta, inside.pages(), pdf.bytes().length, hash, 1, null, Instant.now());
        texts.insertPages(id, inside.pageTexts());
    }

    /** Numbered sections of realistic length, so that documents span a few pages. */
    private static List<String> sections(String heading, String text) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            body.add(i + ". " + heading + " (phần " + i + ")");
            body.add(text + " Các sở, ngành tiếp tục theo dõi, đôn đốc thực hiện và báo cáo kết quả tại kỳ họp "
                    + "cuối năm; số liệu chi tiết tại các phụ lục kèm theo báo cáo này.");
        }
        return body;
    }

    private static List<String> delegateLines(List<Delegate> delegates) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < delegates.size(); i++) {
            Delegate d = delegates.get(i);
            lines.add((i + 1) + ". " + d.fullName() + " – " + d.title() + " – " + d.electoralUnit());
        }
        return lines;
    }
}
