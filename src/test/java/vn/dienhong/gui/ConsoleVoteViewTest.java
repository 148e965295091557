package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.model.Vote;

/** The operator runs a vote from the console's Biểu quyết tab with the mouse, on a real demo hall. */
@ExtendWith(ApplicationExtension.class)
class ConsoleVoteViewTest {
    // built here, on the test thread, so seeding does not hold up the JavaFX thread
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = hall.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        hall.close(robot, stage, model);
    }

    @Test
    void preparesOpensCountsAndClosesAVoteAfterConfirming(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        robot.clickOn("#votesTab");
        assertThat(robot.lookup("#voteTitle").queryTextInputControl().getText())
                .isEqualTo("Thông qua Khai mạc kỳ họp; thông qua chương trình kỳ họp");
        robot.clickOn("#formSecret");
        assertThat(robot.lookup("#voteAllowChange").queryAs(CheckBox.class).isDisabled()).isTrue();
        robot.clickOn("#formOpen");
        assertThat(robot.lookup("#voteAllowChange").queryAs(CheckBox.class).isDisabled()).isFalse();
        robot.clickOn("#voteCountdownSeconds").write("300");

        robot.clickOn("#createVote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#shownVoteState").startsWith("Chuẩn bị ·"));
        assertThat(text(robot, "#shownVoteTitle")).isEqualTo("Thông qua Khai mạc kỳ họp; thông qua chương trình kỳ họp");
        assertThat(robot.lookup("#closeVote").query().isManaged()).as("not open yet").isFalse();
        robot.clickOn("#openVote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#voteProgress").equals("Đã biểu quyết: 0/50 (có mặt: 0)"));
        assertThat(text(robot, "#shownVoteState")).startsWith("Đang biểu quyết ·");
        assertThat(text(robot, "#voteCountdown")).matches("Thời gian còn lại: 0[45]:\\d\\d");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabText(robot).equals("Biểu quyết – Đang biểu quyết"));

        long voteId = model.votes().tracker().voteProperty().get().id();
        TestUi.cast(hall.services, voteId, 1, "APPROVE");
        TestUi.cast(hall.services, voteId, 2, "APPROVE");
        TestUi.cast(hall.services, voteId, 3, "REJECT");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#voteProgress").equals("Đã biểu quyết: 3/50 (có mặt: 3)"));
        assertThat(text(robot, "#voteNotVoted")).startsWith("Chưa biểu quyết (47): ");

        robot.clickOn("#closeVote");
        assertThat(dialogText(robot)).contains("Kết thúc biểu quyết?", "Đã biểu quyết: 3/50 (có mặt: 3)");
        robot.clickOn("#confirmNo");
        assertThat(text(robot, "#shownVoteState")).as("still open").startsWith("Đang biểu quyết");
        robot.clickOn("#closeVote");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text(robot, "#voteOutcome").isEmpty()
                && !text(robot, "#voteAudit").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#resultLine1")).isEqualTo("Tán thành: 2/50 đại biểu (4,00%)");
        assertThat(text(robot, "#resultLine2")).isEqualTo("Không tán thành: 1/50 đại biểu (2,00%)");
        assertThat(text(robot, "#voteOutcome")).isEqualTo("Nghị quyết không được thông qua");
        assertThat(text(robot, "#voteAudit")).isEqualTo("Mã kiểm chứng: "
                + hall.services.votes().auditHead(voteId).orElseThrow().substring(0, 16) + "…");
        assertThat(text(robot, "#voteProgress")).isEmpty();
        assertThat(text(robot, "#shownVoteState")).startsWith("Đã kết thúc ·");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabText(robot).equals("Biểu quyết"));
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void cancelsAfterConfirmingKeepsTheVoteListedAndRunsItAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        robot.clickOn("#votesTab");
        robot.clickOn("#createVote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cancelVote").query().isVisible());
        robot.clickOn("#cancelVote");
        assertThat(dialogText(robot)).contains("Hủy biểu quyết?", "Đã hủy");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#shownVoteState").startsWith("Đã hủy"));
        ListView<Vote> list = robot.lookup("#voteList").queryListView();
        assertThat(list.getItems()).hasSize(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#voteList .vote-status").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("Đã hủy");

        robot.clickOn("#rerunVote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 2
                && text(robot, "#shownVoteState").startsWith("Chuẩn bị"));
        assertThat(text(robot, "#shownVoteState")).endsWith("· Biểu quyết lại");
        assertThat(list.getSelectionModel().getSelectedItem().rerunOf()).isEqualTo(list.getItems().get(1).id());

        robot.clickOn("#vote" + list.getItems().get(1).id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#shownVoteState").startsWith("Đã hủy"));
    }

    @Test
    void theChairDisplayButtonOpensAWindowOnThisScreenAndClosesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        assertThat(text(robot, "#chairDisplay")).isEqualTo("Mở màn hình chủ tọa");
        robot.clickOn("#chairDisplay");
        WaitForAsyncUtils.waitForFxEvents();

        Stage chair = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        assertThat(chair.getTitle()).isEqualTo("Diên Hồng – Màn hình chủ tọa");
        assertThat(chair.isFullScreen()).as("one screen: an ordinary window").isFalse();
        assertThat(robot.from(chair.getScene().getRoot()).lookup("#chairMeeting").queryAs(Labeled.class).getText())
                .startsWith("Kỳ họp thứ Sáu");
        assertThat(text(robot, "#chairDisplay")).isEqualTo("Đóng màn hình chủ tọa");

        // on a single screen the chair display's window covers the console, as it would for the operator
        robot.interact(() -> robot.lookup("#languageButton").queryButton().fire());
        assertThat(robot.from(chair.getScene().getRoot()).lookup("#chairAgenda").queryAs(Labeled.class).getText())
                .as("the hall keeps its language").isEqualTo("1. Khai mạc kỳ họp; thông qua chương trình kỳ họp");
        robot.interact(() -> robot.lookup("#chairDisplay").queryButton().fire());
        assertThat(chair.isShowing()).isFalse();
        assertThat(text(robot, "#chairDisplay")).isEqualTo("Open chair display");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String tabText(FxRobot robot) {
        return robot.lookup("#votesTab .tab-label").queryAs(Labeled.class).getText();
    }

    private static String dialogText(FxRobot robot) {
        DialogPane pane = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
        return pane.getHeaderText() + " " + pane.getContentText();
    }
}
