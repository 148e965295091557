package vn.dienhong.logic;

import java.util.List;

/** Fictional but realistic Vietnamese names, titles, electoral units and groups for the demo council. */
final class DemoPeople {
    private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công",
            "Xuân");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Mỹ");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh",
            "Long", "Nam", "Phong", "Phúc", "Quang", "Sơn", "Thắng", "Tuấn", "Việt", "Toàn", "Đạt", "Hiếu", "Trung");
    private static final List<String> GIVEN_FEMALE = List.of("Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga",
            "Thảo", "Trang", "Vân", "Yến", "Hoa", "Huyền", "Loan", "Nhung", "Phượng");
    private static final List<String> WARDS = List.of("phường Hồng Bàng", "phường Lạc Long", "xã Tiên Lãng",
            "xã An Hòa", "phường Bạch Đằng", "xã Thanh Sơn", "xã Quỳnh Lâm", "phường Đông Hải", "xã Yên Thế",
            "xã Phú Lộc", "phường Trường Chinh", "xã Cẩm Giang");
    private static final List<String> LEADERSHIP = List.of("Chủ tịch HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh",
            "Phó Chủ tịch HĐND tỉnh", "Trưởng Ban Kinh tế – Ngân sách", "Trưởng Ban Pháp chế",
            "Trưởng Ban Văn hóa – Xã hội", "Trưởng Ban Dân tộc", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh");
    private static final List<String> OCCUPATIONS = List.of("Bí thư Đảng ủy xã", "Giám đốc Bệnh viện đa khoa",
            "Hiệu trưởng trường THPT", "Chủ tịch Hội Nông dân", "Giám đốc doanh nghiệp", "Bác sĩ",
            "Chủ tịch Liên đoàn Lao động", "Giảng viên đại học", "Chủ tịch UBND phường", "Chỉ huy trưởng quân sự",
            "Trưởng thôn", "Chủ tịch Hội Liên hiệp Phụ nữ");

    private DemoPeople() {
    }

    /** The name of demo delegate {@code i} (0-based), varied and stable from run to run. */
    static String name(int i) {
        boolean female = i % 3 == 1;
        String surname = SURNAMES.get((i * 7 + i / 20) % SURNAMES.size());
        List<String> middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
        List<String> given = female ? GIVEN_FEMALE : GIVEN_MALE;
        return surname + " " + middle.get((i * 5 + 3) % middle.size()) + " " + given.get((i * 11 + i / 7) % given.size());
    }

    static String title(int i) {
        return i < LEADERSHIP.size() ? LEADERSHIP.get(i) : OCCUPATIONS.get(i % OCCUPATIONS.size());
    }

    /** Roughly four delegates per electoral unit, as in a provincial election. */
    static String electoralUnit(int i) {
        int unit = i / 4 + 1;
        return "Đơn vị bầu cử số " + unit + " (" + WARDS.get(unit % WARDS.size()) + ")";
    }

    /** Groups (tổ đại biểu) of about eight, for group discussions. */
    static String group(int i) {
        return "Tổ đại biểu số " + (i / 8 + 1);
    }

    static String seat(int i) {
        return (char) ('A' + i / 20) + String.format("%02d", i % 20 + 1);
    }
}
