package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.logic.CastResult;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteStatus;

/** The console's vote tab without a window, against a real demo hall of 50 delegates. */
class VotePanelViewModelTest {
    private final TestUi ui = new TestUi();
    private ConsoleTestHall hall;
    private ConsoleViewModel console;
    private VotePanelViewModel votes;

    @BeforeEach
    void start() throws Exception {
        hall = ConsoleTestHall.demo();
        console = new ConsoleViewModel(hall.services, List.of(), ui.executor(), ZoneId.of("Asia/Ho_Chi_Minh"));
        votes = console.votes();
        ui.run(console::start);
        ui.await(() -> !console.loadingProperty().get() && console.agenda().currentItemProperty().get() != null);
    }

    @AfterEach
    void close() throws Exception {
        ui.run(console::dispose);
        ui.close();
        hall.close();
    }

    @Test
    void anOpenVoteCountsLiveNamesWhoIsMissingAndReportsItsResultAgainstTheTotal() throws Exception {
        assertThat(ui.on(() -> votes.form().titleProperty().get()))
                .isEqualTo("Thông qua Khai mạc kỳ họp; thông qua chương trình kỳ họp");
        Vote vote = createAndOpen();

        assertThat(TestUi.cast(hall.services, vote.id(), 1, "APPROVE")).isInstanceOf(CastResult.Accepted.class);
        TestUi.cast(hall.services, vote.id(), 2, "APPROVE");
        TestUi.cast(hall.services, vote.id(), 3, "REJECT");
        ui.await(() -> votes.live().progress().get().equals("Đã biểu quyết: 3/50 (có mặt: 3)"));

        List<DelegateChoice> ballots = hall.services.votes().openBallots(vote.id());
        String notVoted = ui.on(() -> votes.live().notVoted().get());
        assertThat(notVoted).startsWith("Chưa biểu quyết (47): " + ballots.get(3).name() + ", ")
                .contains(ballots.get(49).name()).doesNotContain(ballots.get(0).name());
        assertThat(ui.on(() -> votes.live().state().get()))
                .isEqualTo("Đang biểu quyết · Biểu quyết công khai · Quá nửa tổng số đại biểu");
        assertThat(ui.on(() -> votes.result().lines().get())).isEmpty();

        ui.run(votes::close);
        ui.await(() -> !votes.result().lines().get().isEmpty() && !votes.result().audit().get().isEmpty());

        assertThat(ui.on(() -> votes.result().lines().get())).containsExactly(
                "Tham gia biểu quyết: 3/50 đại biểu (6,00%)",
                "Tán thành: 2/50 đại biểu (4,00%)",
                "Không tán thành: 1/50 đại biểu (2,00%)",
                "Không biểu quyết: 0/50 đại biểu (0,00%)",
                "Không tham gia biểu quyết: 47/50 đại biểu (94,00%)");
        assertThat(ui.on(() -> votes.result().outcome().get())).isEqualTo("Nghị quyết không được thông qua");
        assertThat(ui.on(() -> votes.result().threshold().get()))
                .isEqualTo("Điều kiện thông qua: Quá nửa tổng số đại biểu – cần ít nhất 26 đại biểu tán thành");
        String head = hall.services.votes().auditHead(vote.id()).orElseThrow();
        assertThat(ui.on(() -> votes.result().audit().get())).isEqualTo("Mã kiểm chứng: " + head.substring(0, 16) + "…");
        assertThat(ui.on(() -> votes.live().progress().get() + votes.live().notVoted().get())).isEmpty();
        assertThat(ui.on(() -> VoteTexts.status(console.language().messages(), votes.list().votes().get(0).status())))
                .isEqualTo("Đã kết thúc");
        assertThat(ui.on(() -> console.errorMessageProperty().get())).isEmpty();

        ui.run(() -> console.language().use(Locale.ENGLISH));
        assertThat(ui.on(() -> votes.result().lines().get().get(1))).isEqualTo("In favour: 2/50 delegates (4.00%)");
        assertThat(ui.on(() -> votes.result().outcome().get())).isEqualTo("The resolution is not adopted");
    }

    @Test
    void aSecretBallotShowsOnlyHowManyHaveNotVoted() throws Exception {
        ui.run(() -> votes.form().formProperty().set(VoteForm.SECRET));
        Vote vote = createAndOpen();
        TestUi.cast(hall.services, vote.id(), 1, "APPROVE");
        TestUi.cast(hall.services, vote.id(), 2, "ABSTAIN");
        ui.await(() -> votes.live().progress().get().equals("Đã biểu quyết: 2/50 (có mặt: 2)"));

        assertThat(ui.on(() -> votes.live().notVoted().get())).isEqualTo("Chưa biểu quyết: 48 đại biểu");
        assertThat(ui.on(() -> votes.live().state().get())).contains("Bỏ phiếu kín");

        ui.run(votes::close);
        ui.await(() -> !votes.result().lines().get().isEmpty());
        assertThat(ui.on(() -> votes.result().lines().get())).contains("Tán thành: 1/50 đại biểu (2,00%)",
                "Không biểu quyết: 1/50 đại biểu (2,00%)");
    }

    @Test
    void aRefusedVoteShowsTheHallsReasonAndWhatToDo() throws Exception {
        ui.run(() -> {
            votes.form().formProperty().set(VoteForm.SECRET);
            votes.form().allowChangeProperty().set(true);
            votes.create();
        });
        ui.await(() -> !console.errorMessageProperty().get().isEmpty());

        assertThat(ui.on(() -> console.errorMessageProperty().get())).isEqualTo("Không tạo được biểu quyết: "
                + "Không thể cho sửa phiếu kín: sửa phiếu đòi hỏi biết người bỏ phiếu đã chọn gì. "
                + "Sửa lại mẫu “Chuẩn bị biểu quyết” rồi bấm “Tạo biểu quyết”.");
        assertThat(hall.services.votes().votesOfRunningMeeting()).isEmpty();

        ui.run(() -> {
            votes.form().formProperty().set(VoteForm.OPEN);
            votes.form().countdownProperty().set("một phút");
            votes.create();
        });
        assertThat(ui.on(() -> console.errorMessageProperty().get())).startsWith("Thời gian đếm ngược phải là một số giây");
    }

    @Test
    void aCancelledVoteStaysListedAsCancelledAndCanBeRunAgain() throws Exception {
        Vote vote = createAndOpen();
        ui.run(votes::cancel);
        ui.await(() -> votes.list().votes().get(0).status() == VoteStatus.CANCELLED);
        assertThat(ui.on(() -> VoteTexts.status(console.language().messages(), votes.list().votes().get(0).status())))
                .isEqualTo("Đã hủy");
        ui.await(() -> votes.selectedIs(VoteStatus.CANCELLED, VoteStatus.CLOSED).get());

        ui.run(votes::rerun);
        ui.await(() -> votes.list().votes().size() == 2);
        Vote rerun = ui.on(() -> votes.list().votes().get(0));
        assertThat(rerun.status()).isEqualTo(VoteStatus.DRAFT);
        assertThat(rerun.rerunOf()).isEqualTo(vote.id());
        assertThat(rerun.title()).isEqualTo(vote.title());
        assertThat(ui.on(() -> votes.list().votes().get(1).status())).isEqualTo(VoteStatus.CANCELLED);
        ui.await(() -> votes.tracker().voteProperty().get().id() == rerun.id());
        assertThat(ui.on(() -> votes.live().state().get())).isEqualTo(
                "Chuẩn bị · Biểu quyết công khai · Quá nửa tổng số đại biểu · Biểu quyết lại");
    }

    @Test
    void aCountdownCountsDownTheSecondsLeft() throws Exception {
        ui.run(() -> votes.form().countdownProperty().set("90"));
        createAndOpen();
        ui.run(() -> votes.live().tick(Instant.now()));
        assertThat(ui.on(() -> votes.live().countdown().get())).matches("Thời gian còn lại: 01:(2\\d|30)");
    }

    @Test
    void aVoteClosedBeforeTheConsoleStartedShowsTheAuditCodeOfItsOwnClose() throws Exception {
        Vote vote = createAndOpen();
        TestUi.cast(hall.services, vote.id(), 7, "APPROVE");
        ui.run(votes::close);
        ui.await(() -> !votes.result().audit().get().isEmpty() && !votes.busyProperty().get());
        ui.run(votes::create); // a later change moves the audit chain's head on
        ui.await(() -> votes.list().votes().size() == 2);
        String closedAt = hall.services.votes().auditHead(vote.id()).orElseThrow();
        assertThat(hall.services.votes().auditHead()).isNotEqualTo(closedAt);

        ConsoleViewModel later = new ConsoleViewModel(hall.services, List.of(), ui.executor(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        ui.run(later::start);
        ui.await(() -> later.votes().list().votes().size() == 2);
        ui.run(() -> later.votes().select(later.votes().list().votes().get(1)));
        ui.await(() -> !later.votes().result().audit().get().isEmpty());
        assertThat(ui.on(() -> later.votes().result().audit().get()))
                .isEqualTo("Mã kiểm chứng: " + closedAt.substring(0, 16) + "…");
        ui.run(later::dispose);
    }

    /** Creates the drafted vote and opens it, through the panel as the operator would. */
    private Vote createAndOpen() throws Exception {
        ui.run(votes::create);
        ui.await(() -> votes.tracker().voteProperty().get() != null
                && votes.tracker().voteProperty().get().status() == VoteStatus.DRAFT);
        ui.run(votes::open);
        ui.await(() -> votes.tracker().voteProperty().get().status() == VoteStatus.OPEN
                && votes.live().progress().get().startsWith("Đã biểu quyết: 0/50"));
        ui.await(() -> votes.list().anyOpen().get());
        return ui.on(() -> votes.tracker().voteProperty().get());
    }
}
