package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The operator prepares a new meeting from the console, and the whole console follows the hall to it. */
@ExtendWith(ApplicationExtension.class)
class ConsoleNewMeetingTest {
    private static final String DEMO_TITLE = "Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh Lạc Hồng khóa XVII";
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
    void aMeetingWithoutATitleIsRefusedInVietnameseAndChangesNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().items().size() == 9);
        Stage dialog = openDialog(robot);
        assertThat(robot.lookup("#participantPane").query().isVisible()).as("a session is for the whole council")
                .isFalse();

        robot.clickOn("#createMeeting");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text(robot, "#meetingError").isEmpty());
        assertThat(text(robot, "#meetingError"))
                .isEqualTo("Không tạo được cuộc họp: Hãy nhập tên cuộc họp. Sửa lại rồi bấm “Tạo cuộc họp”.");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(hall.snapshot().meeting().title()).isEqualTo(DEMO_TITLE);

        robot.clickOn("#meetingTitleField").write("Họp Ban Pháp chế");
        robot.clickOn("#meetingKind").clickOn("Cuộc họp của Ban HĐND");
        robot.clickOn("#createMeeting");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#meetingError").contains("đại biểu tham dự"));
        assertThat(text(robot, "#meetingError")).isEqualTo("Không tạo được cuộc họp: Hãy chọn các đại biểu tham dự "
                + "cuộc họp này. Sửa lại rồi bấm “Tạo cuộc họp”.");

        robot.doubleClickOn(FormRobot.reveal(robot, "#sittingTime1")).write("tám giờ");
        robot.clickOn("#createMeeting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#meetingError")).startsWith("Không tạo được cuộc họp: giờ khai mạc của “Phiên họp sáng ")
                .endsWith("” viết chưa đúng. Hãy viết giờ dạng 08:00 rồi bấm “Tạo cuộc họp”.");

        robot.clickOn("#closeMeetingDialog");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(hall.snapshot().meeting().title()).isEqualTo(DEMO_TITLE);
        assertThat(text(robot, "#meetingTitle")).isEqualTo(DEMO_TITLE);
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void aCommitteeMeetingWithThreeParticipantsBecomesTheMeetingEveryTabShows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().items().size() == 9);
        hall.services.votes().create(new NewVote("Thông qua chương trình kỳ họp", VoteKind.RESOLUTION, VoteForm.OPEN,
                Threshold.MAJORITY_OF_TOTAL, hall.item(1).id(), null, false, null)).get(5, TimeUnit.SECONDS);
        robot.interact(model::reload);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.votes().tracker().voteProperty().get() != null);
        List<Delegate> council = hall.services.planner().councilDelegates();

        Stage dialog = openDialog(robot);
        robot.clickOn("#meetingKind").clickOn("Cuộc họp của Ban HĐND");
        assertThat(robot.lookup("#participantPane").query().isVisible()).isTrue();
        robot.clickOn("#meetingTitleField").write("Họp Ban Kinh tế – Ngân sách");
        for (Delegate d : council.subList(0, 3)) {
            robot.clickOn(FormRobot.reveal(robot, "#participant" + d.id()));
        }
        assertThat(text(robot, "#participantCount")).isEqualTo("Đã chọn: 3 đại biểu");
        robot.clickOn(FormRobot.reveal(robot, "#addItem"));
        robot.clickOn(FormRobot.reveal(robot, "#itemTitle1")).write("Báo cáo thẩm tra");
        robot.clickOn(FormRobot.reveal(robot, "#itemPresenter1")).write("Trưởng Ban");
        robot.clickOn(FormRobot.reveal(robot, "#itemMinutes1")).write("45");
        robot.clickOn("#createMeeting");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#meetingTitle").equals("Họp Ban Kinh tế – Ngân sách"));
        assertThat(hall.snapshot().meeting().kind()).isEqualTo(MeetingKind.COMMITTEE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.agenda().items().size() == 1);
        assertThat(text(robot, "#currentItem")).isEqualTo("1. Báo cáo thẩm tra");

        robot.clickOn("#floorTab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#quorumLine")
                .equals("Có mặt: 0/3 đại biểu – Chưa đủ số đại biểu (cần 2)"));
        assertThat(model.floor().attendance().lines()).extracting(l -> l.delegateId())
                .containsExactlyElementsOf(council.subList(0, 3).stream().map(Delegate::id).toList());

        robot.clickOn("#votesTab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.votes().list().votes().isEmpty()
                && model.votes().tracker().voteProperty().get() == null);
        assertThat(robot.lookup("#voteTitle").queryAs(TextInputControl.class).getText())
                .isEqualTo("Thông qua Báo cáo thẩm tra");
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    private Stage openDialog(FxRobot robot) {
        robot.clickOn("#newMeeting");
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
