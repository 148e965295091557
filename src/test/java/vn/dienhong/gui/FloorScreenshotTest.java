package vn.dienhong.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.model.Account;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;

/**
 * Renders the Điều hành tab mid-session (a speaker on the floor, three waiting, attendance marked,
 * an unread opinion), also in English, the chair display at the same moment (1920×1080), and the
 * new-meeting form at 1280×800 into target/screenshots/, for a person to look at (copied to
 * docs/screenshots/).
 */
@ExtendWith(ApplicationExtension.class)
class FloorScreenshotTest {
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleViewModel model;
    private ChairDisplayViewModel chairModel;
    private Stage stage;
    private Scene chair;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = hall.show(stage);
        chairModel = model.newChairDisplay();
        // the chair display needs no window, let alone a second screen, to be drawn
        chair = new Scene(new ChairDisplayView(chairModel), ChairDisplayView.WIDTH, ChairDisplayView.HEIGHT);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(chairModel::dispose);
        hall.close(robot, stage, model);
    }

    @Test
    void rendersTheFloorAndTheNewMeetingForm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.floor().attendance().lines().size() == 50);
        List<AttendanceLine> lines = hall.services.attendance().lines();
        for (int i = 0; i < 36; i++) {
            AttendanceStatus status = i % 12 == 5 ? AttendanceStatus.REMOTE : AttendanceStatus.PRESENT;
            hall.services.attendance().mark(lines.get(i).delegateId(), status, null).get(5, TimeUnit.SECONDS);
        }
        hall.services.attendance().mark(lines.get(36).delegateId(), AttendanceStatus.EXCUSED, "Đi công tác tại Hà Nội")
                .get(5, TimeUnit.SECONDS);
        hall.services.attendance().mark(lines.get(37).delegateId(), AttendanceStatus.ABSENT, null).get(5, TimeUnit.SECONDS);
        Account respondent = hall.services.speakers().respondents().get(1);
        SpeakerRequest first = hall.services.speakers().request(delegate(7), SpeakerKind.DISCUSSION, null, null,
                "Dự thảo Nghị quyết về kế hoạch đầu tư công trung hạn").get(5, TimeUnit.SECONDS);
        hall.services.speakers().request(delegate(12), SpeakerKind.QUESTION, respondent.id(), null,
                "Tiến độ giải ngân vốn đầu tư công năm 2026").get(5, TimeUnit.SECONDS);
        hall.services.speakers().request(delegate(3), SpeakerKind.DISCUSSION, null, null, null).get(5, TimeUnit.SECONDS);
        hall.services.speakers().request(delegate(21), SpeakerKind.POINT_OF_ORDER, null, null,
                "Đề nghị biểu quyết riêng từng dự án").get(5, TimeUnit.SECONDS);
        hall.services.speakers().giveFloor(first.id()).get(5, TimeUnit.SECONDS);
        hall.services.opinions().send(delegate(9), "Đề nghị Chủ tọa cho thảo luận thêm về dự án đường ven biển "
                + "trước khi biểu quyết, vì cử tri vùng bãi ngang còn nhiều ý kiến.").get(5, TimeUnit.SECONDS);
        hall.services.opinions().send(delegate(15), "Xin phép vắng phiên chiều để dự họp Ban.")
                .get(5, TimeUnit.SECONDS);
        hall.services.notices().post("Nghỉ giải lao 15 phút; phiên họp tiếp tục lúc 10:00.").get(5, TimeUnit.SECONDS);

        robot.clickOn("#floorTab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.floor().speakers().waiting().size() == 3
                && model.floor().inbox().unreadProperty().get() == 2 && model.floor().notices().notices().size() == 1
                && model.floor().speakers().speakingProperty().get() != null);
        robot.interact(() -> {
            ListView<AttendanceLine> list = robot.lookup("#attendanceList").queryListView();
            list.getSelectionModel().select(36);
            list.scrollTo(33);
        });
        Thread.sleep(600); // the countdown ticks four times a second
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, stage.getScene(), "console-floor.png");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                chairModel.floor().next().get().size() == 3 && !chairModel.floor().clockFigures().get().isEmpty()
                        && chairModel.floor().presentLine().get().startsWith("Có mặt: 36/")).get());
        save(robot, chair, "chair-display-floor.png");
        robot.clickOn("#languageButton");
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, stage.getScene(), "console-floor_en.png");
        robot.clickOn("#languageButton");

        robot.clickOn("#agendaTab");
        robot.clickOn("#newMeeting");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#participant1").tryQuery().isPresent());
        robot.clickOn("#meetingKind").clickOn("Cuộc họp của Ban HĐND");
        robot.clickOn("#meetingTitleField").write("Họp Ban Kinh tế – Ngân sách thẩm tra dự thảo Nghị quyết");
        robot.clickOn("#meetingPlace").write("Phòng họp số 2, Trụ sở HĐND tỉnh");
        for (int id = 1; id <= 3; id++) {
            robot.clickOn("#participant" + id);
        }
        robot.clickOn(FormRobot.reveal(robot, "#addItem"));
        robot.clickOn(FormRobot.reveal(robot, "#itemTitle1")).write("Báo cáo thẩm tra dự thảo Nghị quyết về kế hoạch đầu tư công");
        robot.clickOn(FormRobot.reveal(robot, "#itemPresenter1")).write("Trưởng Ban Kinh tế – Ngân sách");
        robot.clickOn(FormRobot.reveal(robot, "#itemMinutes1")).write("45");
        Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        FormRobot.reveal(robot, "#meetingKind");
        save(robot, dialog.getScene(), "console-new-meeting.png");
        robot.clickOn(FormRobot.reveal(robot, "#addSitting"));
        FormRobot.reveal(robot, "#itemTitle1");
        save(robot, dialog.getScene(), "console-new-meeting-agenda.png");
    }

    private Account delegate(int n) {
        LoginResult login = hall.services.auth().login(String.format("db%03d", n), "246810", "127.0.0.1");
        return ((LoginResult.Success) login).account();
    }

    static void save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Path out = ConsoleScreenshotTest.OUT;
        Files.createDirectories(out);
        ImageIO.write(ConsoleScreenshotTest.toBuffered(shot[0]), "png", out.resolve(name).toFile());
    }
}
