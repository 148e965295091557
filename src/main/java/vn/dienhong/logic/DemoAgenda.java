package vn.dienhong.logic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dienhong.persistence.MeetingDao;

/** The demo session's agenda and the officials who answer questions in it. */
final class DemoAgenda {
    /** username, name, title of each respondent (người trả lời chất vấn). */
    static final List<String[]> RESPONDENTS = List.of(
            new String[] {"ubnd", "Phạm Quốc Hưng", "Chủ tịch UBND tỉnh"},
            new String[] {"sotaichinh", "Đỗ Thị Thanh Hà", "Giám đốc Sở Tài chính"},
            new String[] {"soyte", "Vũ Đức Minh", "Giám đốc Sở Y tế"},
            new String[] {"sogiaoduc", "Hồ Ngọc Lan", "Giám đốc Sở Giáo dục và Đào tạo"},
            new String[] {"toaan", "Ngô Văn Khải", "Chánh án Tòa án nhân dân tỉnh"},
            new String[] {"vienkiemsat", "Bùi Thị Nhung", "Viện trưởng Viện kiểm sát nhân dân tỉnh"});

    /** sitting index (0-based), title, presenter, minutes. */
    private static final List<Object[]> ITEMS = List.of(
            new Object[] {0, "Khai mạc kỳ họp; thông qua chương trình kỳ họp", "Chủ tịch HĐND tỉnh", 20},
            new Object[] {0, "Báo cáo tình hình kinh tế – xã hội năm 2026, phương hướng, nhiệm vụ năm 2027",
                "Chủ tịch UBND tỉnh", 45},
            new Object[] {0, "Báo cáo đánh giá thực hiện dự toán ngân sách nhà nước năm 2026; dự toán và phương án "
                + "phân bổ ngân sách năm 2027", "Giám đốc Sở Tài chính", 40},
            new Object[] {1, "Tờ trình về kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 (điều chỉnh)",
                "Giám đốc Sở Kế hoạch và Đầu tư", 30},
            new Object[] {1, "Báo cáo thẩm tra của các Ban HĐND tỉnh", "Trưởng Ban Kinh tế – Ngân sách", 30},
            new Object[] {1, "Thảo luận tại hội trường về kinh tế – xã hội và ngân sách", "Chủ tọa kỳ họp", 90},
            new Object[] {2, "Chất vấn và trả lời chất vấn: y tế cơ sở, giáo dục vùng khó khăn",
                "Chủ tọa kỳ họp", 120},
            new Object[] {2, "Biểu quyết thông qua các nghị quyết", "Chủ tọa kỳ họp", 40},
            new Object[] {2, "Bế mạc kỳ họp", "Chủ tịch HĐND tỉnh", 15});

    private DemoAgenda() {
    }

    static List<Long> insertItems(MeetingDao meetings, long meetingId, List<Long> sittings) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            Object[] item = ITEMS.get(i);
            ids.add(meetings.insertAgendaItem(meetingId, sittings.get((Integer) item[0]), i + 1, (String) item[1],
                    (String) item[2], (Integer) item[3]));
        }
        return ids;
    }

    static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
