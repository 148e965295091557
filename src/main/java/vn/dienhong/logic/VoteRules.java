package vn.dienhong.logic;

import java.util.List;
import java.util.Locale;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The rules a new vote must follow before it is stored; each refusal says what to change. */
final class VoteRules {
    static final int MAX_TITLE = 400;
    static final int MAX_COUNTDOWN_SECONDS = 3_600;
    static final int MAX_SUBJECTS = 60;
    static final int MAX_SUBJECT = 200;

    private final HallSettings settings;

    VoteRules(HallSettings settings) {
        this.settings = settings;
    }

    void checkNew(NewVote spec, Meeting meeting, List<AgendaItem> agenda) {
        if (spec.title() == null || spec.title().isBlank()) {
            throw invalid("Hãy nhập nội dung biểu quyết.");
        }
        if (spec.title().strip().length() > MAX_TITLE) {
            throw invalid("Nội dung biểu quyết dài quá " + MAX_TITLE + " ký tự.");
        }
        checkSubjects(spec);
        if (spec.threshold() == Threshold.MAJORITY_OF_PRESENT && !settings.allowMajorityOfPresent()) {
            throw invalid("Quy chế của Hội đồng không cho phép tính theo số đại biểu có mặt.");
        }
        if (spec.form() == VoteForm.SECRET && spec.allowChange()) {
            throw invalid("Không thể cho sửa phiếu kín: sửa phiếu đòi hỏi biết người bỏ phiếu đã chọn gì.");
        }
        if (spec.countdownSeconds() != null
                && (spec.countdownSeconds() < 5 || spec.countdownSeconds() > MAX_COUNTDOWN_SECONDS)) {
            throw invalid("Thời gian đếm ngược phải từ 5 đến " + MAX_COUNTDOWN_SECONDS + " giây.");
        }
        if (spec.agendaItemId() != null && agenda.stream().noneMatch(i -> i.id() == spec.agendaItemId())) {
            throw invalid("Nội dung chương trình này không thuộc kỳ họp đang diễn ra.");
        }
    }

    /** Officials or candidates: required, secret and distinct for confidence votes and elections, absent otherwise. */
    private static void checkSubjects(NewVote spec) {
        if (!spec.kind().hasSubjects()) {
            if (!spec.subjects().isEmpty()) {
                throw invalid("Biểu quyết thông qua không có danh sách người được lấy phiếu hay ứng cử viên.");
            }
            return;
        }
        if (spec.form() != VoteForm.SECRET) {
            throw invalid("Lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm và bầu cử phải bỏ phiếu kín.");
        }
        List<String> names = spec.subjects();
        if (names.isEmpty() || names.size() > MAX_SUBJECTS) {
            throw invalid("Hãy nhập từ 1 đến " + MAX_SUBJECTS + " người (mỗi dòng một người).");
        }
        if (names.stream().anyMatch(n -> n.isBlank() || n.length() > MAX_SUBJECT || n.contains("\n"))) {
            throw invalid("Mỗi người một dòng, không để trống, không dài quá " + MAX_SUBJECT + " ký tự.");
        }
        if (names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count() != names.size()) {
            throw invalid("Có hai người trùng tên trong danh sách; hãy ghi thêm chức vụ hoặc năm sinh để phân biệt.");
        }
        if (spec.kind() == VoteKind.ELECTION && (spec.maxChoices() < 1 || spec.maxChoices() > names.size())) {
            throw invalid("Số người được bầu phải từ 1 đến " + names.size() + " (số ứng cử viên).");
        }
    }

    private static RequestRefused invalid(String message) {
        return RequestRefused.ofVote(RequestRefused.Problem.INVALID, message);
    }
}
