package vn.dienhong.logic;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;

/**
 * A demo meeting whose record has something in every part: attendance with excused and absent
 * delegates, a discussion and a question, an opinion, a notice, a replaced document version, and
 * votes of every form and kind (open and secret resolutions, a confidence rating, a confidence
 * vote, an election) plus a cancelled one.
 */
final class ArchiveFixture {
    static final String OPEN_TITLE = "Nghị quyết về dự toán ngân sách địa phương năm 2027";
    static final String SECRET_TITLE = "Nghị quyết về bãi nhiệm đại biểu (bỏ phiếu kín)";
    static final String RATING_TITLE = "Lấy phiếu tín nhiệm các chức danh do HĐND bầu";
    static final String CONFIDENCE_TITLE = "Bỏ phiếu tín nhiệm Giám đốc Sở Y tế";
    static final String ELECTION_TITLE = "Bầu Phó Chủ tịch Hội đồng nhân dân tỉnh";
    private final TestHall hall;

    private ArchiveFixture(TestHall hall) {
        this.hall = hall;
    }

    /** A hall of 12 delegates with the whole record filled in. */
    static TestHall build() {
        TestHall hall = TestHall.start(12);
        new ArchiveFixture(hall).fill();
        return hall;
    }

    private void fill() {
        HallServices s = hall.services();
        for (int i = 1; i <= 10; i++) {
            s.attendance().checkIn(account(i)).join();
        }
        s.attendance().mark(account(11).delegateId(), AttendanceStatus.EXCUSED, "Đi công tác theo quyết định của UBND tỉnh").join();
        s.attendance().mark(account(12).delegateId(), AttendanceStatus.ABSENT, null).join();
        SpeakerRequest talk = s.speakers().request(account(2), SpeakerKind.DISCUSSION, null, null, "Ngân sách y tế cơ sở").join();
        s.speakers().giveFloor(talk.id()).join();
        s.speakers().endTurn(talk.id()).join();
        long respondent = s.speakers().respondents().get(0).id();
        SpeakerRequest question = s.speakers().request(account(3), SpeakerKind.QUESTION, respondent, null,
                "Tiến độ giải ngân vốn đầu tư công").join();
        s.speakers().giveFloor(question.id()).join();
        s.speakers().endTurn(question.id()).join();
        s.opinions().send(account(4), "Đề nghị bổ sung kinh phí cho trạm y tế xã vùng cao.").join();
        s.notices().post("Đại biểu dự tiệc chiêu đãi lúc 18:00 tại nhà khách tỉnh.").join();
        hall.database().dsl().execute("UPDATE document SET withdrawn_at = CURRENT_TIMESTAMP WHERE id = "
                + "(SELECT MIN(id) FROM document WHERE category = 'REPORT')");
        hall.database().dsl().execute("INSERT INTO document (meeting_id, agenda_item_id, category, title, number, pages, "
                + "size_bytes, sha256, version, replaces_id, created_at) SELECT meeting_id, agenda_item_id, category, "
                + "title, number, pages, size_bytes, sha256, 2, id, CURRENT_TIMESTAMP FROM document WHERE id = "
                + "(SELECT MIN(id) FROM document WHERE category = 'REPORT')");

        Vote open = vote(OPEN_TITLE, VoteKind.RESOLUTION, VoteForm.OPEN, List.of(), 1);
        for (int i = 1; i <= 10; i++) {
            cast(open, i, i <= 8 ? "APPROVE" : i == 9 ? "REJECT" : "ABSTAIN");
        }
        close(open);
        Vote secret = vote(SECRET_TITLE, VoteKind.RESOLUTION, VoteForm.SECRET, List.of(), 1);
        for (int i = 1; i <= 10; i++) {
            cast(secret, i, i <= 5 ? "APPROVE" : "REJECT");
        }
        close(secret);
        Vote rating = vote(RATING_TITLE, VoteKind.CONFIDENCE_RATING, VoteForm.SECRET,
                List.of("Phạm Quốc Hưng – Chủ tịch UBND tỉnh", "Đỗ Thị Thanh Hà – Giám đốc Sở Tài chính"), 1);
        for (int i = 1; i <= 10; i++) {
            cast(rating, i, "HIGH", i <= 7 ? "LOW" : "CONFIDENT");
        }
        close(rating);
        Vote confidence = vote(CONFIDENCE_TITLE, VoteKind.CONFIDENCE_VOTE, VoteForm.SECRET, List.of("Vũ Đức Minh"), 1);
        for (int i = 1; i <= 10; i++) {
            cast(confidence, i, i <= 3 ? "NO_CONFIDENCE" : "CONFIDENT");
        }
        close(confidence);
        Vote election = vote(ELECTION_TITLE, VoteKind.ELECTION, VoteForm.SECRET,
                List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), 1);
        for (int i = 1; i <= 10; i++) {
            cast(election, i, i <= 8 ? "SELECTED" : "NOT_SELECTED", "NOT_SELECTED", i > 8 ? "SELECTED" : "NOT_SELECTED");
        }
        close(election);
        Vote cancelled = vote("Nghị quyết bị hủy do nhầm nội dung", VoteKind.RESOLUTION, VoteForm.OPEN, List.of(), 1);
        s.votes().cancel(cancelled.id()).join();
    }

    private Vote vote(String title, VoteKind kind, VoteForm form, List<String> subjects, int seats) {
        VoteService votes = hall.services().votes();
        Vote vote = votes.create(new NewVote(title, kind, form, Threshold.MAJORITY_OF_TOTAL, null, null, false, null,
                subjects, seats)).join();
        return votes.open(vote.id()).join();
    }

    private VoteResult close(Vote vote) {
        return hall.services().votes().close(vote.id()).join();
    }

    private void cast(Vote vote, int delegate, String... marks) {
        CastResult result = hall.services().votes().cast(vote.id(), account(delegate), UUID.randomUUID().toString(),
                List.of(marks)).orTimeout(10, TimeUnit.SECONDS).join();
        if (!(result instanceof CastResult.Accepted)) {
            throw new IllegalStateException("ballot refused: " + result);
        }
    }

    private Account account(int delegate) {
        String username = String.format("db%03d", delegate);
        return ((LoginResult.Success) hall.services().auth().login(username, "246810", "127.0.0.1")).account();
    }
}
