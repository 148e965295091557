package vn.dienhong.logic;

import java.util.List;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.SpeakerDao;

/** Who may ask for the floor and with what: each refusal says what to change. */
final class SpeakerRules {
    static final int MAX_TOPIC = 400;

    private SpeakerRules() {
    }

    static void checkRequest(DSLContext dsl, RunningMeeting running, Account account, SpeakerKind kind,
                             Long respondentId, Long replyToId, String topic) {
        if (!account.role().mayVote() || account.delegateId() == null) {
            throw new RequestRefused(RequestRefused.Problem.FORBIDDEN, "Chỉ đại biểu mới đăng ký phát biểu được.");
        }
        if (new CouncilDao(dsl).members(running.id()).stream().noneMatch(d -> d.id() == account.delegateId())) {
            throw new RequestRefused(RequestRefused.Problem.FORBIDDEN, "Bạn không phải thành viên của cuộc họp này.");
        }
        if (kind == null) {
            throw RequestRefused.invalid("Hãy chọn hình thức: thảo luận, chất vấn, tranh luận hoặc kiến nghị thủ tục.");
        }
        if (topic != null && topic.length() > MAX_TOPIC) {
            throw RequestRefused.invalid("Nội dung tóm tắt dài quá " + MAX_TOPIC + " ký tự.");
        }
        if (kind == SpeakerKind.QUESTION) {
            boolean official = respondentId != null && new AccountDao(dsl).find(respondentId)
                    .filter(a -> a.active() && a.role() == Role.RESPONDENT).isPresent();
            if (!official) {
                throw RequestRefused.invalid("Hãy chọn người bị chất vấn trong danh sách những người trả lời chất vấn.");
            }
        } else if (respondentId != null) {
            throw RequestRefused.invalid("Chỉ chất vấn mới nêu người trả lời.");
        }
        if (kind == SpeakerKind.DEBATE) {
            boolean heard = replyToId != null && new SpeakerDao(dsl).find(replyToId)
                    .filter(r -> r.meetingId() == running.id() && r.delegateId() != account.delegateId()
                            && (r.status() == SpeakerStatus.SPEAKING || r.status() == SpeakerStatus.DONE)).isPresent();
            if (!heard) {
                throw RequestRefused.invalid("Hãy chọn ý kiến của đại biểu khác đã phát biểu mà bạn muốn tranh luận.");
            }
        } else if (replyToId != null) {
            throw RequestRefused.invalid("Chỉ tranh luận mới nêu ý kiến được trả lời.");
        }
        List<SpeakerRequest> open = new SpeakerDao(dsl).queue(running.id());
        if (open.stream().anyMatch(r -> r.delegateId() == account.delegateId() && r.kind() == kind)) {
            throw new RequestRefused(RequestRefused.Problem.WRONG_STATE,
                    "Bạn đã đăng ký hình thức này và đang chờ đến lượt; hãy rút đăng ký cũ nếu muốn đăng ký lại.");
        }
    }

    /** The request, if it is in the running meeting. */
    static SpeakerRequest find(DSLContext dsl, RunningMeeting running, long id) {
        return new SpeakerDao(dsl).find(id).filter(r -> r.meetingId() == running.id())
                .orElseThrow(() -> new RequestRefused(RequestRefused.Problem.NOT_FOUND,
                        "Không có đăng ký phát biểu này trong kỳ họp đang diễn ra."));
    }

    static void require(SpeakerRequest r, SpeakerStatus status, String message) {
        if (r.status() != status) {
            throw new RequestRefused(RequestRefused.Problem.WRONG_STATE, message);
        }
    }
}
