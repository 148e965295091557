package vn.dienhong.logic;

import java.util.HashSet;
import java.util.List;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.MeetingKind;

/** The rules a new meeting must follow before it is stored; each refusal says what to change. */
final class MeetingRules {
    static final int MAX_SITTINGS = 30;
    static final int MAX_ITEMS = 200;

    private MeetingRules() {
    }

    static void check(NewMeeting m, List<Delegate> council) {
        if (m.kind() == null) {
            throw RequestRefused.invalid("Hãy chọn loại cuộc họp.");
        }
        text(m.title(), 300, "tên cuộc họp");
        if (m.place() != null && m.place().length() > 200) {
            throw RequestRefused.invalid("Địa điểm dài quá 200 ký tự.");
        }
        if (m.startsOn() == null || m.endsOn() == null || m.endsOn().isBefore(m.startsOn())) {
            throw RequestRefused.invalid("Hãy nhập ngày bắt đầu và ngày kết thúc (kết thúc không trước bắt đầu).");
        }
        if (m.sittings().isEmpty() || m.sittings().size() > MAX_SITTINGS) {
            throw RequestRefused.invalid("Cuộc họp cần từ 1 đến " + MAX_SITTINGS + " phiên họp.");
        }
        for (NewMeeting.Sitting s : m.sittings()) {
            text(s.title(), 200, "tên phiên họp");
            if (s.startsAt() == null || s.startsAt().toLocalDate().isBefore(m.startsOn())
                    || s.startsAt().toLocalDate().isAfter(m.endsOn())) {
                throw RequestRefused.invalid("Giờ khai mạc của \"" + s.title() + "\" phải nằm trong thời gian cuộc họp.");
            }
        }
        if (m.agenda().size() > MAX_ITEMS) {
            throw RequestRefused.invalid("Chương trình có quá " + MAX_ITEMS + " nội dung.");
        }
        for (NewMeeting.Item i : m.agenda()) {
            text(i.title(), 400, "nội dung chương trình");
            if (i.sitting() < 1 || i.sitting() > m.sittings().size()) {
                throw RequestRefused.invalid("Nội dung \"" + i.title() + "\" phải thuộc một phiên họp từ 1 đến "
                        + m.sittings().size() + ".");
            }
            if (i.durationMinutes() != null && (i.durationMinutes() < 1 || i.durationMinutes() > 600)) {
                throw RequestRefused.invalid("Thời lượng của \"" + i.title() + "\" phải từ 1 đến 600 phút.");
            }
        }
        checkParticipants(m, council);
    }

    /** A session is held by the whole council; a committee, standing committee or group by those listed. */
    private static void checkParticipants(NewMeeting m, List<Delegate> council) {
        boolean wholeCouncil = m.kind() == MeetingKind.SESSION || m.kind() == MeetingKind.URGENT;
        if (wholeCouncil && !m.participants().isEmpty()) {
            throw RequestRefused.invalid("Kỳ họp có toàn thể đại biểu tham dự; không chọn riêng người tham dự.");
        }
        if (!wholeCouncil && m.participants().isEmpty()) {
            throw RequestRefused.invalid("Hãy chọn các đại biểu tham dự cuộc họp này.");
        }
        HashSet<Long> known = new HashSet<>(council.stream().map(Delegate::id).toList());
        if (!known.containsAll(m.participants()) || new HashSet<>(m.participants()).size() != m.participants().size()) {
            throw RequestRefused.invalid("Danh sách tham dự có người không phải đại biểu của Hội đồng, hoặc trùng tên.");
        }
    }

    private static void text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw RequestRefused.invalid("Hãy nhập " + what + ".");
        }
        if (value.strip().length() > max) {
            throw RequestRefused.invalid("Phần " + what + " dài quá " + max + " ký tự.");
        }
    }
}
