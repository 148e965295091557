package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;

/** Confidence ratings, confidence votes and elections on a real in-memory hall of 10 delegates. */
class SubjectVoteServiceTest {
    private static final List<String> OFFICIALS = List.of("Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
            "Giám đốc Sở Tài chính");
    private TestHall hall;
    private VoteService votes;

    @BeforeEach
    void setUp() {
        hall = TestHall.start(10);
        votes = hall.services().votes();
    }

    @AfterEach
    void tearDown() {
        hall.close();
    }

    @Test
    void aConfidenceRatingCountsEachOfficialAndNamesWhatFollows() {
        Vote vote = open(VoteKind.CONFIDENCE_RATING, OFFICIALS, 1);
        // official 1: all HIGH; official 2: 6 of 10 LOW (more than half); official 3: 7 of 10 LOW (two thirds)
        for (int i = 1; i <= 10; i++) {
            assertThat(cast(vote, i, "HIGH", i <= 6 ? "LOW" : "CONFIDENT", i <= 7 ? "LOW" : "HIGH"))
                    .isInstanceOf(CastResult.Accepted.class);
        }
        VoteResult result = votes.close(vote.id()).join();
        assertThat(result.voted()).isEqualTo(10);
        assertThat(result.subjects()).extracting(SubjectResult::name).containsExactlyElementsOf(OFFICIALS);
        assertThat(result.subjects()).extracting(s -> s.count("LOW")).containsExactly(0, 6, 7);
        assertThat(result.subjects()).extracting(s -> s.count("HIGH")).containsExactly(10, 0, 3);
        assertThat(result.subjects()).extracting(SubjectResult::outcome).containsExactly(
                SubjectOutcome.NO_CONSEQUENCE, SubjectOutcome.MAY_RESIGN, SubjectOutcome.DISMISSAL_PROPOSED);
        assertThat(votes.close(vote.id()).join()).as("closing twice gives the same result").isEqualTo(result);
    }

    @Test
    void aConfidenceVoteProposesDismissalOnMoreThanHalfOfTheTotal() {
        Vote vote = open(VoteKind.CONFIDENCE_VOTE, List.of("Giám đốc Sở Y tế"), 1);
        for (int i = 1; i <= 8; i++) {
            cast(vote, i, i <= 5 ? "NO_CONFIDENCE" : "CONFIDENT");
        }
        SubjectResult line = votes.close(vote.id()).join().subjects().get(0);
        assertThat(line.count("NO_CONFIDENCE")).isEqualTo(5);
        assertThat(line.outcome()).as("5 of 10 is exactly half: confidence kept").isEqualTo(SubjectOutcome.CONFIDENCE_KEPT);
    }

    @Test
    void anElectionCountsSelectionsAndRefusesTooManyOrMalformedBallots() {
        Vote vote = open(VoteKind.ELECTION, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), 2);
        for (int i = 1; i <= 9; i++) {
            cast(vote, i, "SELECTED", i <= 6 ? "SELECTED" : "NOT_SELECTED", i <= 3 ? "NOT_SELECTED" : "NOT_SELECTED");
        }
        assertThat(cast(vote, 10, "SELECTED", "SELECTED", "SELECTED"))
                .isEqualTo(new CastResult.Refused(CastResult.Reason.TOO_MANY_SELECTED));
        assertThat(cast(vote, 10, "SELECTED", "SELECTED"))
                .as("one mark missing").isEqualTo(new CastResult.Refused(CastResult.Reason.UNKNOWN_CHOICE));
        assertThat(cast(vote, 10, "HIGH", "SELECTED", "NOT_SELECTED"))
                .isEqualTo(new CastResult.Refused(CastResult.Reason.UNKNOWN_CHOICE));
        assertThat(votes.hasVoted(vote.id(), delegateId(10))).as("refused ballots change nothing").isFalse();
        VoteResult result = votes.close(vote.id()).join();
        assertThat(result.voted()).isEqualTo(9);
        assertThat(result.subjects()).extracting(s -> s.count("SELECTED")).containsExactly(9, 6, 0);
        assertThat(result.subjects()).extracting(SubjectResult::outcome)
                .containsExactly(SubjectOutcome.ELECTED, SubjectOutcome.ELECTED, SubjectOutcome.NOT_ELECTED);
    }

    @Test
    void aBlankElectionBallotCountsAsVotedAndChoosesNobody() {
        Vote vote = open(VoteKind.ELECTION, List.of("Nguyễn Văn An", "Trần Thị Bình"), 1);
        assertThat(cast(vote, 1, "NOT_SELECTED", "NOT_SELECTED")).isInstanceOf(CastResult.Accepted.class);
        VoteResult result = votes.close(vote.id()).join();
        assertThat(result.voted()).isEqualTo(1);
        assertThat(result.subjects()).extracting(s -> s.count("SELECTED")).containsExactly(0, 0);
    }

    @Test
    void confidenceVotesAndElectionsMustBeSecretWithDistinctNamedSubjects() {
        assertRefused(spec(VoteKind.CONFIDENCE_RATING, VoteForm.OPEN, OFFICIALS, 1), "bỏ phiếu kín");
        assertRefused(spec(VoteKind.CONFIDENCE_RATING, VoteForm.SECRET, List.of(), 1), "từ 1 đến");
        assertRefused(spec(VoteKind.ELECTION, VoteForm.SECRET, List.of("Nguyễn Văn An", "nguyễn văn an"), 1), "trùng tên");
        assertRefused(spec(VoteKind.ELECTION, VoteForm.SECRET, List.of("Nguyễn Văn An", " "), 1), "không để trống");
        assertRefused(spec(VoteKind.ELECTION, VoteForm.SECRET, List.of("Nguyễn Văn An"), 2), "Số người được bầu");
        assertRefused(spec(VoteKind.RESOLUTION, VoteForm.SECRET, List.of("Nguyễn Văn An"), 1), "không có danh sách");
        assertRefused(spec(VoteKind.CONFIDENCE_VOTE, VoteForm.SECRET, Collections.nCopies(61, "x"), 1), "từ 1 đến 60");
        assertThat(votes.votesOfRunningMeeting()).as("nothing stored").isEmpty();
    }

    @Test
    void aRatingOfSixtyOfficialsByEveryDelegateIsCountedExactly() {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add("Người được lấy phiếu số " + i);
        }
        Vote vote = open(VoteKind.CONFIDENCE_RATING, many, 1);
        for (int d = 1; d <= 10; d++) {
            List<String> marks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                marks.add((i + d) % 3 == 0 ? "LOW" : "CONFIDENT");
            }
            assertThat(votes.cast(vote.id(), account(d), UUID.randomUUID().toString(), marks).join())
                    .isInstanceOf(CastResult.Accepted.class);
        }
        VoteResult result = votes.close(vote.id()).join();
        assertThat(result.subjects()).allSatisfy(s -> assertThat(s.count("LOW") + s.count("CONFIDENT")).isEqualTo(10));
        assertThat(result.subjects().stream().mapToInt(s -> s.count("LOW")).sum()).isEqualTo(200);
    }

    private Vote open(VoteKind kind, List<String> subjects, int seats) {
        Vote vote = votes.create(spec(kind, VoteForm.SECRET, subjects, seats)).join();
        return votes.open(vote.id()).join();
    }

    private static NewVote spec(VoteKind kind, VoteForm form, List<String> subjects, int seats) {
        return new NewVote("Lấy phiếu tín nhiệm", kind, form, Threshold.MAJORITY_OF_TOTAL, null, null, false, null,
                subjects, seats);
    }

    private void assertRefused(NewVote spec, String messagePart) {
        assertThatThrownBy(() -> votes.create(spec).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining(messagePart);
    }

    private Account account(int delegate) {
        String username = String.format("db%03d", delegate);
        return ((LoginResult.Success) hall.services().auth().login(username, "246810", "127.0.0.1")).account();
    }

    private long delegateId(int delegate) {
        return account(delegate).delegateId();
    }

    private CastResult cast(Vote vote, int delegate, String... marks) {
        return votes.cast(vote.id(), account(delegate), UUID.randomUUID().toString(), List.of(marks))
                .orTimeout(10, TimeUnit.SECONDS).join();
    }
}
