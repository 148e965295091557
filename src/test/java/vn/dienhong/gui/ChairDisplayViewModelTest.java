package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.gui.ChairDisplayViewModel.Phase;
import vn.dienhong.gui.ChairDisplayViewModel.Seat;
import vn.dienhong.gui.VoteResultText.ChoiceBar;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteStatus;

/** The chair display's model without a window: it follows votes opened and closed from the console. */
class ChairDisplayViewModelTest {
    private final TestUi ui = new TestUi();
    private ConsoleTestHall hall;
    private ConsoleViewModel console;
    private ChairDisplayViewModel chair;

    @BeforeEach
    void start() throws Exception {
        hall = ConsoleTestHall.demo();
        console = new ConsoleViewModel(hall.services, List.of(), ui.executor(), ZoneId.of("Asia/Ho_Chi_Minh"));
        ui.run(console::start);
        ui.await(() -> console.agenda().currentItemProperty().get() != null);
        chair = ui.on(console::newChairDisplay);
        ui.run(chair::start);
    }

    @AfterEach
    void close() throws Exception {
        ui.run(chair::dispose);
        ui.run(console::dispose);
        ui.close();
        hall.close();
    }

    @Test
    void followsAnOpenVoteToItsResultWithEachDelegatesChoice() throws Exception {
        assertThat(ui.on(() -> chair.phase().get())).isEqualTo(Phase.IDLE);
        assertThat(ui.on(() -> chair.agendaLine().get())).isEqualTo("1. Khai mạc kỳ họp; thông qua chương trình kỳ họp");
        assertThat(ui.on(() -> chair.meetingTitleProperty().get())).startsWith("Kỳ họp thứ Sáu");

        VotePanelViewModel votes = console.votes();
        ui.run(votes::create);
        ui.await(() -> votes.tracker().voteProperty().get() != null);
        assertThat(ui.on(() -> chair.phase().get())).as("a prepared vote is not the hall's business yet")
                .isEqualTo(Phase.IDLE);
        ui.run(votes::open);
        ui.await(() -> chair.phase().get() == Phase.VOTING);
        long voteId = ui.on(() -> votes.tracker().voteProperty().get().id());
        TestUi.cast(hall.services, voteId, 1, "APPROVE");
        TestUi.cast(hall.services, voteId, 2, "REJECT");
        TestUi.cast(hall.services, voteId, 3, "ABSTAIN");
        ui.await(() -> chair.live().progressOfPresent().get().equals("Đã biểu quyết: 3/3 đại biểu có mặt"));
        assertThat(ui.on(() -> chair.live().total().get())).isEqualTo("Tổng số đại biểu: 50");

        ui.run(votes::close);
        ui.await(() -> chair.phase().get() == Phase.RESULT && !chair.seats().get().isEmpty());

        assertThat(ui.on(() -> chair.result().bars().get())).extracting(ChoiceBar::label, ChoiceBar::count,
                ChoiceBar::percentText).containsExactly(
                        tuple("Tán thành", 1, "2,00%"),
                        tuple("Không tán thành", 1, "2,00%"),
                        tuple("Không biểu quyết", 1, "2,00%"),
                        tuple("Không tham gia biểu quyết", 47, "94,00%"));
        List<Seat> seats = ui.on(() -> chair.seats().get());
        assertThat(seats).hasSize(50);
        assertThat(seats.subList(0, 4)).extracting(Seat::seat, Seat::choiceLabel).containsExactly(
                tuple("A01", "Tán thành"),
                tuple("A02", "Không tán thành"),
                tuple("A03", "Không biểu quyết"),
                tuple("A04", "Không tham gia"));
        assertThat(ui.on(() -> chair.result().outcome().get())).isEqualTo("Nghị quyết không được thông qua");
        assertThat(ui.on(() -> chair.result().audit().get())).startsWith("Mã kiểm chứng: ").hasSize(15 + 16 + 1);

        // the chair moving on ends the showing of the result
        hall.services.meetings().moveTo(hall.item(2).id()).get();
        ui.await(() -> chair.phase().get() == Phase.IDLE);
        assertThat(ui.on(() -> votes.tracker().voteProperty().get().status())).isEqualTo(VoteStatus.CLOSED);
    }

    @Test
    void aSecretBallotHasNoGridAndTheOperatorsLanguageDoesNotReachTheHall() throws Exception {
        VotePanelViewModel votes = console.votes();
        ui.run(() -> {
            votes.form().formProperty().set(VoteForm.SECRET);
            console.language().toggle();
            votes.create();
        });
        ui.await(() -> votes.tracker().voteProperty().get() != null);
        ui.run(votes::open);
        ui.await(() -> chair.phase().get() == Phase.VOTING);
        TestUi.cast(hall.services, ui.on(() -> votes.tracker().voteProperty().get().id()), 5, "APPROVE");
        ui.run(votes::close);
        ui.await(() -> chair.phase().get() == Phase.RESULT);

        assertThat(ui.on(() -> chair.seats().get())).isEmpty();
        assertThat(ui.on(() -> chair.result().lines().get())).contains("Tán thành: 1/50 đại biểu (2,00%)");
        assertThat(ui.on(() -> votes.result().lines().get())).contains("In favour: 1/50 delegates (2.00%)");
    }
}
