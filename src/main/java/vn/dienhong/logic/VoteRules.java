package vn.dienhong.logic;

import java.util.List;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The rules a new vote must follow before it is stored; each refusal says what to change. */
final class VoteRules {
    static final int MAX_TITLE = 400;
    static final int MAX_COUNTDOWN_SECONDS = 3_600;

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
        if (spec.kind() != VoteKind.RESOLUTION) {
            throw invalid("Hiện chỉ hỗ trợ biểu quyết thông qua (RESOLUTION).");
        }
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

    private static VoteException invalid(String message) {
        return new VoteException(VoteException.Problem.INVALID, message);
    }
}
