package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The chair display in an ordinary 1280×720 window (no second screen needed), following votes of a demo hall. */
@ExtendWith(ApplicationExtension.class)
class ChairDisplayViewTest {
    private static final String TITLE = "Thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2027";
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleTestHall.ChairScreen screen;
    private ChairDisplayViewModel model;

    @Start
    void start(Stage stage) {
        screen = hall.showChair(stage, ConsoleViewModel::newChairDisplay);
        model = screen.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        hall.close(robot, screen);
    }

    @Test
    void showsTheVoteRunningThenItsResultWithEachDelegatesChoiceAndTheAuditCode(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        assertThat(text(robot, "#chairMeeting")).isEqualTo("Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh Lạc Hồng khóa XVII");
        assertThat(shown(robot, "#chairIdleItem")).isTrue();
        assertThat(robot.lookup("#chairBoard").query().getScaleX()).as("drawn for 1920×1080, scaled to the window")
                .isCloseTo(720.0 / 1080, within(0.001));

        Vote vote = openVote(VoteForm.OPEN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairVoteTitle"));
        assertThat(text(robot, "#chairVoteTitle")).isEqualTo(TITLE);
        assertThat(shown(robot, "#chairIdleItem")).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#chairClock").matches("0[12]:\\d\\d"));
        TestUi.cast(hall.services, vote.id(), 1, "APPROVE");
        TestUi.cast(hall.services, vote.id(), 2, "REJECT");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> text(robot, "#chairProgress").equals("Đã biểu quyết: 2/2 đại biểu có mặt"));
        assertThat(text(robot, "#chairTotal")).isEqualTo("Tổng số đại biểu: 50");

        hall.services.votes().close(vote.id()).get(5, TimeUnit.SECONDS);
        String head = hall.services.votes().auditHead(vote.id()).orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairOutcome")
                && robot.lookup("#seat-A01").tryQuery().isPresent() && !text(robot, "#chairAudit").isEmpty());

        assertThat(text(robot, "#chairOutcome")).isEqualTo("Nghị quyết không được thông qua");
        assertThat(text(robot, "#chairThreshold")).contains("Quá nửa tổng số đại biểu", "26 đại biểu tán thành");
        assertThat(text(robot, "#chairTookPart")).isEqualTo("Tham gia biểu quyết: 2/50 đại biểu (4,00%)");
        assertThat(text(robot, "#chairBarCount-approve")).isEqualTo("1 · 2,00%");
        assertThat(text(robot, "#chairBarCount-none")).isEqualTo("48 · 96,00%");
        assertThat(seat(robot, "A01")).contains("A01", "Tán thành").anyMatch(t -> !t.equals("A01") && t.length() > 5);
        assertThat(seat(robot, "A02")).contains("Không tán thành");
        assertThat(seat(robot, "A03")).contains("Không tham gia");
        assertThat(robot.lookup("#seat-A01").query().getStyleClass()).contains("choice-approve");
        assertThat(robot.lookup(".seat-tile").queryAll()).hasSize(50);
        assertThat(shown(robot, "#chairSecretNote")).isFalse();
        assertThat(text(robot, "#chairAudit")).isEqualTo("Mã kiểm chứng: " + head.substring(0, 16) + "…");
    }

    @Test
    void aSecretBallotShowsCountsButNoGrid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        Vote vote = openVote(VoteForm.SECRET);
        TestUi.cast(hall.services, vote.id(), 4, "APPROVE");
        hall.services.votes().close(vote.id()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairOutcome"));

        assertThat(text(robot, "#chairBarCount-approve")).isEqualTo("1 · 2,00%");
        assertThat(shown(robot, "#chairSecretNote")).isTrue();
        assertThat(robot.lookup(".seat-tile").queryAll()).isEmpty();
    }

    private Vote openVote(VoteForm form) throws Exception {
        Vote vote = hall.services.votes().create(new NewVote(TITLE, VoteKind.RESOLUTION, form,
                Threshold.MAJORITY_OF_TOTAL, null, 120, false, null)).get(5, TimeUnit.SECONDS);
        hall.services.votes().open(vote.id()).get(5, TimeUnit.SECONDS);
        return vote;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static List<String> seat(FxRobot robot, String seat) {
        Node tile = robot.lookup("#seat-" + seat).query();
        return robot.from(tile).lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    /** Whether the node and all its parents are visible, as a person in the hall would see it. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
