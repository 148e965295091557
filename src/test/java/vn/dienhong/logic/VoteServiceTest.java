package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;
import vn.dienhong.model.VoteStatus;

/** The life of a vote as the operator drives it, on a real in-memory hall. */
class VoteServiceTest {
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
    void closingTwiceGivesTheSameResultAndLaterBallotsAreRefused() {
        Vote vote = open(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL);
        for (int i = 1; i <= 6; i++) {
            assertThat(cast(vote, "db00" + i, "APPROVE")).isInstanceOf(CastResult.Accepted.class);
        }
        VoteResult first = votes.close(vote.id()).join();
        VoteResult again = votes.close(vote.id()).join();
        assertThat(again).isEqualTo(first);
        assertThat(first.approve()).isEqualTo(6);
        assertThat(first.total()).isEqualTo(10);
        assertThat(first.passed()).isTrue();
        assertThat(cast(vote, "db007", "APPROVE")).isEqualTo(new CastResult.Refused(CastResult.Reason.NOT_OPEN));
        assertThat(votes.result(vote.id()).approve()).isEqualTo(6);
    }

    @Test
    void aRetryWhoseAnswerWasLostGetsItsReceiptEvenAfterTheClose() {
        Vote vote = open(VoteForm.SECRET, Threshold.MAJORITY_OF_TOTAL);
        Account delegate = account("db004");
        String ballotId = UUID.randomUUID().toString();
        CastResult first = votes.cast(vote.id(), delegate, ballotId, List.of("REJECT")).join();
        votes.close(vote.id()).join();
        CastResult retry = votes.cast(vote.id(), delegate, ballotId, List.of("REJECT")).join();
        assertThat(retry).isEqualTo(new CastResult.Accepted(((CastResult.Accepted) first).receipt(), true));
        assertThat(votes.result(vote.id()).reject()).isEqualTo(1);
    }

    @Test
    void theAuditHeadOfAVoteIsTheOneAtItsCloseNotTheNewest() {
        Vote vote = open(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL);
        votes.close(vote.id()).join();
        String atClose = votes.auditHead();
        assertThat(votes.auditHead(vote.id())).contains(atClose);
        votes.create(spec(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, false)).join();
        assertThat(votes.auditHead()).isNotEqualTo(atClose);
        assertThat(votes.auditHead(vote.id())).contains(atClose);
    }

    @Test
    void onlyOneVoteIsOpenAtATime() {
        open(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL);
        Vote second = votes.create(spec(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, false)).join();
        assertThatThrownBy(() -> votes.open(second.id()).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining("Đang có một biểu quyết khác");
    }

    @Test
    void rulesRefuseWhatTheCouncilDoesNotAllow() {
        assertRefused(spec(VoteForm.SECRET, Threshold.MAJORITY_OF_TOTAL, true), "phiếu kín");
        assertRefused(spec(VoteForm.OPEN, Threshold.MAJORITY_OF_PRESENT, false), "có mặt");
        assertRefused(new NewVote(" ", VoteKind.RESOLUTION, VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, null, null,
                false, null), "nội dung");
        assertRefused(new NewVote("x", VoteKind.RESOLUTION, VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, 99_999L, null,
                false, null), "chương trình");
        assertRefused(new NewVote("x", VoteKind.RESOLUTION, VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, null, 2,
                false, null), "đếm ngược");
        assertThat(votes.votesOfRunningMeeting()).isEmpty();
    }

    @Test
    void aChangeableOpenVoteKeepsOnlyTheLastChoice() {
        Vote vote = votes.create(spec(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, true)).join();
        votes.open(vote.id()).join();
        cast(vote, "db001", "REJECT");
        assertThat(cast(vote, "db001", "APPROVE")).isInstanceOf(CastResult.Accepted.class);
        VoteResult result = votes.close(vote.id()).join();
        assertThat(result.approve()).isEqualTo(1);
        assertThat(result.reject()).isZero();
        assertThat(result.voted()).isEqualTo(1);
    }

    @Test
    void changesSentBackToBackKeepTheLastOneWhetherOrNotTheyShareACommit() {
        Vote vote = votes.create(spec(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, true)).join();
        votes.open(vote.id()).join();
        Account delegate = account("db002");
        List<CompletableFuture<CastResult>> sent = List.of("REJECT", "ABSTAIN", "APPROVE").stream()
                .map(choice -> votes.cast(vote.id(), delegate, UUID.randomUUID().toString(), List.of(choice))).toList();
        sent.forEach(answer -> assertThat(answer.join()).isInstanceOf(CastResult.Accepted.class));
        assertThat(votes.openBallots(vote.id())).filteredOn(c -> c.delegateId() == delegate.delegateId())
                .singleElement().extracting(c -> c.choice()).isEqualTo("APPROVE");
        assertThat(votes.result(vote.id()).voted()).isEqualTo(1);
    }

    @Test
    void aCancelledVoteStaysOnTheRecordAndCanBeRerun() {
        Vote vote = open(VoteForm.SECRET, Threshold.MAJORITY_OF_TOTAL);
        cast(vote, "db001", "APPROVE");
        assertThat(votes.cancel(vote.id()).join().status()).isEqualTo(VoteStatus.CANCELLED);
        assertThat(cast(vote, "db002", "APPROVE")).isEqualTo(new CastResult.Refused(CastResult.Reason.NOT_OPEN));
        Vote rerun = votes.create(new NewVote(vote.title(), VoteKind.RESOLUTION, VoteForm.SECRET,
                Threshold.MAJORITY_OF_TOTAL, null, null, false, vote.id())).join();
        assertThat(rerun.rerunOf()).isEqualTo(vote.id());
        assertThat(votes.votesOfRunningMeeting()).extracting(Vote::status)
                .containsExactly(VoteStatus.CANCELLED, VoteStatus.DRAFT);
    }

    @Test
    void theCountdownClosesTheVote() throws Exception {
        Vote vote = votes.create(new NewVote("Đếm ngược", VoteKind.RESOLUTION, VoteForm.OPEN,
                Threshold.MAJORITY_OF_TOTAL, null, 5, false, null)).join();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        hall.services().events().subscribe(e -> {
            if (e.type().equals("vote.closed")) {
                closed.complete(null);
            }
        });
        votes.open(vote.id()).join();
        closed.get(15, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(votes.votesOfRunningMeeting().get(0).status()).isEqualTo(VoteStatus.CLOSED);
    }

    @Test
    void progressShowsWhoHasNotVotedOnlyInOpenVotes() {
        Vote open = open(VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL);
        cast(open, "db001", "APPROVE");
        assertThat(votes.progress(open.id()).voted()).isEqualTo(1);
        assertThat(votes.progress(open.id()).notVoted()).hasSize(9);
        votes.close(open.id()).join();
        Vote secret = open(VoteForm.SECRET, Threshold.MAJORITY_OF_TOTAL);
        cast(secret, "db001", "APPROVE");
        assertThat(votes.progress(secret.id()).voted()).isEqualTo(1);
        assertThat(votes.progress(secret.id()).notVoted()).isEmpty();
        assertThatThrownBy(() -> votes.openBallots(secret.id())).isInstanceOf(RequestRefused.class);
    }

    private Vote open(VoteForm form, Threshold threshold) {
        Vote vote = votes.create(spec(form, threshold, false)).join();
        return votes.open(vote.id()).join();
    }

    private static NewVote spec(VoteForm form, Threshold threshold, boolean allowChange) {
        return new NewVote("Thông qua Nghị quyết về dự toán ngân sách", VoteKind.RESOLUTION, form, threshold, null,
                null, allowChange, null);
    }

    private void assertRefused(NewVote spec, String messagePart) {
        assertThatThrownBy(() -> votes.create(spec).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining(messagePart);
    }

    private Account account(String username) {
        return ((LoginResult.Success) hall.services().auth().login(username, "246810", "127.0.0.1")).account();
    }

    private CastResult cast(Vote vote, String username, String choice) {
        Account account = account(username);
        return votes.cast(vote.id(), account, UUID.randomUUID().toString(), List.of(choice)).orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
    }

}
