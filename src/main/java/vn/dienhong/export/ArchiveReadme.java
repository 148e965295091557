package vn.dienhong.export;

import vn.dienhong.model.SessionRecord;

/**
 * The plain-text note at the top of an export: what each file is and how to check the whole without
 * Diên Hồng, for whoever opens the folder in twenty years.
 */
public final class ArchiveReadme {
    private ArchiveReadme() {
    }

    public static String text(SessionRecord record) {
        return String.join("\r\n",
                "HỒ SƠ KỲ HỌP – " + record.meeting().title(),
                record.council().name() + ", khóa " + record.council().term(),
                "Xuất lúc " + RecordWords.dateTime(record.exportedAt()) + " bằng Diên Hồng.",
                "",
                "bien-ban.pdf               Biên bản kỳ họp (PDF/A-2b, phông chữ nhúng sẵn).",
                "phieu-ket-qua/             Phiếu kết quả của từng lần biểu quyết (PDF/A-2b), để niêm yết.",
                "du-lieu/*.csv              Dữ liệu dạng bảng (UTF-8): đại biểu, điểm danh, biểu quyết, phiếu công khai,",
                "                           phát biểu, chất vấn, danh sách tài liệu.",
                "du-lieu/ho-so.json         Toàn bộ hồ sơ dạng JSON.",
                "tai-lieu/                  Mọi tài liệu đã phát hành, mọi phiên bản (kể cả bản đã thay thế, đã rút).",
                "kiem-chung/                Nhật ký kiểm chứng nối chuỗi băm: hash = SHA-256(prevHash \\n seq \\n atMillis",
                "                           \\n type \\n payload); mục đầu tiên có prevHash là 64 chữ số 0.",
                "co-so-du-lieu/ky-hop.sql   Bản sao dữ liệu kỳ họp (lệnh SCRIPT của H2), chạy lại được bằng RUNSCRIPT.",
                "thong-tin-xuat.json        Thông tin lần xuất: cuộc họp, thời điểm, mã cuối chuỗi nhật ký.",
                "manifest-sha256.txt        Mã SHA-256 của mọi tệp trên.",
                "",
                "KIỂM TRA HỒ SƠ",
                "  java -jar dienhong.jar verify <thư mục này>     (báo \"intact\" hoặc tệp/mục đầu tiên không khớp)",
                "  sha256sum -c manifest-sha256.txt                (chỉ kiểm tra các tệp, không kiểm tra nhật ký)",
                "Mã cuối chuỗi nhật ký (in trong biên bản): " + record.auditHead(),
                "");
    }
}
