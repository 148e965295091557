package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.gui.SubjectTexts.SubjectRow;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteStatus;

/** Confidence votes and elections through the console's vote tab without a window, on a demo hall of 50. */
class SubjectVotePanelViewModelTest {
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
        ui.await(() -> console.agenda().currentItemProperty().get() != null);
    }

    @AfterEach
    void close() throws Exception {
        ui.run(console::dispose);
        ui.close();
        hall.close();
    }

    @Test
    void aConfidenceVoteReportsEachOfficialAgainstTheTotalAndNoResolutionOutcome() throws Exception {
        Vote vote = createAndOpen(VoteKind.CONFIDENCE_VOTE, "Phạm Quốc Hưng\nĐỗ Thị Thanh Hà", 1);
        assertThat(ui.on(() -> votes.live().state().get()))
                .isEqualTo("Đang biểu quyết · Bỏ phiếu tín nhiệm · Bỏ phiếu kín · 2 người");
        // 26 of 50 (more than half) have no confidence in the second official
        SubjectBallots.cast(hall, vote.id(), 30, 2, (n, i) -> i == 1 && n <= 26 ? "NO_CONFIDENCE" : "CONFIDENT");
        ui.run(votes::close);
        ui.await(() -> !votes.result().subjects().get().isEmpty());

        List<SubjectRow> rows = ui.on(() -> votes.result().subjects().get());
        assertThat(rows).extracting(SubjectRow::name, SubjectRow::outcome, SubjectRow::outcomeText).containsExactly(
                tuple("Phạm Quốc Hưng", SubjectOutcome.CONFIDENCE_KEPT, "Được tín nhiệm"),
                tuple("Đỗ Thị Thanh Hà", SubjectOutcome.DISMISSAL_PROPOSED,
                        "Quá nửa tổng số đại biểu không tín nhiệm – đề nghị miễn nhiệm"));
        assertThat(rows.get(1).levels()).extracting(l -> SubjectTexts.level(console.language().messages(), l))
                .containsExactly("Tín nhiệm: 4 (8,00%)", "Không tín nhiệm: 26 (52,00%)");
        assertThat(rows.get(1).notable()).isTrue();
        assertThat(rows.get(0).notable()).isFalse();
        assertThat(ui.on(() -> votes.result().lines().get())).containsExactly(
                "Tham gia biểu quyết: 30/50 đại biểu (60,00%)", "Không tham gia biểu quyết: 20/50 đại biểu (40,00%)");
        assertThat(ui.on(() -> votes.result().outcome().get())).isEmpty();
        assertThat(ui.on(() -> votes.result().bars().get())).isEmpty();
        assertThat(ui.on(() -> votes.result().threshold().get())).startsWith("Theo Nghị quyết 96/2023/QH15, tính trên tổng số đại biểu");
        assertThat(ui.on(() -> votes.result().hasSubjects().get())).isTrue();

        ui.run(() -> console.language().use(Locale.ENGLISH));
        assertThat(ui.on(() -> votes.result().subjects().get().get(1).outcomeText()))
                .isEqualTo("More than half of all delegates voted no confidence – dismissal proposed");
        assertThat(ui.on(() -> SubjectTexts.level(console.language().messages(),
                votes.result().subjects().get().get(1).levels().get(1)))).isEqualTo("No confidence: 26 (52.00%)");
    }

    @Test
    void candidatesTiedForTheLastSeatAreToldToVoteAgainAndAReRunKeepsTheCandidates() throws Exception {
        Vote vote = createAndOpen(VoteKind.ELECTION, "Lê Minh Khánh\nTrần Thu Hà\nHoàng Văn Bình", 2);
        // 46 ballots of two names each: Khánh 36; Hà and Bình 28 each, tied for the second seat
        SubjectBallots.cast(hall, vote.id(), 46, 3, (n, i) -> (i == 0 ? n <= 36 : i == 1 ? n <= 18 || n > 36 : n > 18)
                ? "SELECTED" : "NOT_SELECTED");
        ui.run(votes::close);
        ui.await(() -> !votes.result().subjects().get().isEmpty());

        assertThat(ui.on(() -> votes.result().subjects().get())).extracting(SubjectRow::outcomeShort, SubjectRow::tone)
                .containsExactly(tuple("Trúng cử", "outcome-elected"), tuple("Bằng phiếu – bầu lại", "outcome-tied"),
                        tuple("Bằng phiếu – bầu lại", "outcome-tied"));
        assertThat(ui.on(() -> votes.result().threshold().get())).isEqualTo("Điều kiện trúng cử: Quá nửa tổng số "
                + "đại biểu – cần ít nhất 26 phiếu chọn; bầu 2 người, lấy người nhiều phiếu hơn.");

        ui.await(() -> !votes.busyProperty().get()); // the close command has had its answer
        ui.run(votes::rerun);
        ui.await(() -> votes.list().votes().size() == 2);
        Vote rerun = ui.on(() -> votes.list().votes().get(0));
        assertThat(rerun.status()).isEqualTo(VoteStatus.DRAFT);
        assertThat(rerun.kind()).isEqualTo(VoteKind.ELECTION);
        assertThat(rerun.subjects()).containsExactly("Lê Minh Khánh", "Trần Thu Hà", "Hoàng Văn Bình");
        assertThat(rerun.maxChoices()).isEqualTo(2);
        assertThat(ui.on(() -> console.errorMessageProperty().get())).isEmpty();
    }

    private Vote createAndOpen(VoteKind kind, String names, int seats) throws Exception {
        ui.run(() -> {
            votes.form().kinds().kindProperty().set(kind);
            votes.form().kinds().subjectsProperty().set(names);
            votes.form().kinds().seatsProperty().set(seats);
            votes.create();
        });
        ui.await(() -> votes.tracker().voteProperty().get() != null
                && votes.tracker().voteProperty().get().status() == VoteStatus.DRAFT);
        ui.run(votes::open);
        ui.await(() -> votes.tracker().voteProperty().get().status() == VoteStatus.OPEN
                && votes.live().progress().get().startsWith("Đã biểu quyết: 0/50"));
        return ui.on(() -> votes.tracker().voteProperty().get());
    }
}
