package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.gui.ListRows.cellTexts;
import static vn.dienhong.gui.ListRows.clickCell;
import static vn.dienhong.gui.ListRows.drawnTexts;
import static vn.dienhong.gui.ListRows.text;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
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
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;

/** The operator runs the floor from the console's Điều hành tab with the mouse, on a real demo hall. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFloorViewTest {
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
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
    void marksAnExcusedDelegateFollowsCheckInsAndShowsWhenTheQuorumIsReached(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.floor().attendance().lines().size() == 50);
        robot.clickOn("#floorTab");
        assertThat(text(robot, "#quorumLine")).isEqualTo("Có mặt: 0/50 đại biểu – Chưa đủ số đại biểu (cần 34)");
        assertThat(robot.lookup("#quorumLine").query().getPseudoClassStates()).doesNotContain(MET);

        List<AttendanceLine> lines = hall.services.attendance().lines();
        AttendanceLine excused = lines.get(4);
        robot.clickOn("#attendanceFilter").write(excused.name());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<AttendanceLine> list = robot.lookup("#attendanceList").queryListView();
        assertThat(list.getItems()).extracting(AttendanceLine::name).containsOnly(excused.name());
        clickCell(robot, "#attendance" + excused.delegateId());
        robot.clickOn("#markEXCUSED");
        robot.clickOn("#reasonField").write("Đi công tác");
        robot.clickOn("#reasonOk");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#attendanceCounts").contains("Vắng có lý do: 1")
                && drawnTexts(robot, "#attendance" + excused.delegateId()).contains("Lý do: Đi công tác"));
        assertThat(cellTexts(robot, "#attendance" + excused.delegateId())).contains("Vắng có lý do", "Lý do: Đi công tác");
        assertThat(hall.services.attendance().summary().excused()).isEqualTo(1);

        robot.doubleClickOn("#attendanceFilter").eraseText(excused.name().length());
        hall.services.attendance().checkIn(delegate(2)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#quorumLine").startsWith("Có mặt: 1/50"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawnTexts(robot, "#attendance" + lines.get(1).delegateId())
                .contains("Có mặt"));

        // 33 more delegates check in or are marked: 34 of 50 reaches two thirds
        for (AttendanceLine line : lines.subList(5, 38)) {
            hall.services.attendance().mark(line.delegateId(), AttendanceStatus.PRESENT, null).get(5, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#quorumLine")
                .equals("Có mặt: 34/50 đại biểu – Đủ số đại biểu để tiến hành (cần 34)"));
        assertThat(robot.lookup("#quorumLine").query().getPseudoClassStates()).contains(MET);

        robot.clickOn("#attendanceFilter").write(lines.get(5).seat());
        clickCell(robot, "#attendance" + lines.get(5).delegateId());
        robot.clickOn("#markABSENT");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#quorumLine")
                .equals("Có mặt: 33/50 đại biểu – Chưa đủ số đại biểu (cần 34)"));
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void ordersTheQueueGivesTheFloorWithACountdownAndEndsTheTurn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        robot.clickOn("#floorTab");
        assertThat(text(robot, "#speakingName")).isEqualTo("Chưa có đại biểu nào đang phát biểu");
        Account respondent = hall.services.speakers().respondents().get(1);
        SpeakerRequest question = hall.services.speakers().request(delegate(1), SpeakerKind.QUESTION, respondent.id(),
                null, "Tiến độ giải ngân vốn đầu tư công").get(5, TimeUnit.SECONDS);
        SpeakerRequest discussion = hall.services.speakers().request(delegate(2), SpeakerKind.DISCUSSION, null, null,
                null).get(5, TimeUnit.SECONDS);
        SpeakerRequest order = hall.services.speakers().request(delegate(3), SpeakerKind.POINT_OF_ORDER, null, null,
                "Đề nghị biểu quyết từng điều").get(5, TimeUnit.SECONDS);
        ListView<SpeakerRequest> queue = robot.lookup("#speakerList").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> queue.getItems().size() == 3
                && !drawnTexts(robot, "#speaker" + discussion.id()).isEmpty()
                && !drawnTexts(robot, "#speaker" + question.id()).isEmpty());
        assertThat(cellTexts(robot, "#speaker" + question.id())).contains("1",
                "Chất vấn → " + respondent.displayName() + " · Tiến độ giải ngân vốn đầu tư công");
        assertThat(cellTexts(robot, "#speaker" + discussion.id())).contains("Thảo luận");
        assertThat(text(robot, "#speakerCount")).isEqualTo("3 đang chờ");

        clickCell(robot, "#speaker" + order.id());
        robot.clickOn("#moveUp");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ids(queue).equals(List.of(question.id(), order.id(),
                discussion.id())));
        assertThat(queue.getSelectionModel().getSelectedItem().id()).as("still chosen after the move").isEqualTo(order.id());
        robot.clickOn("#moveDown");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ids(queue).equals(List.of(question.id(), discussion.id(),
                order.id())));

        clickCell(robot, "#speaker" + question.id());
        robot.clickOn("#giveFloor");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#speakingCountdown")
                .matches("Thời gian còn lại: 0[23]:\\d\\d"));
        assertThat(text(robot, "#speakingName")).startsWith(question.delegateName());
        assertThat(text(robot, "#speakingAbout")).isEqualTo("Chất vấn → " + respondent.displayName()
                + " · Tiến độ giải ngân vốn đầu tư công · Thời gian phát biểu: 3 phút");
        assertThat(ids(queue)).containsExactly(discussion.id(), order.id());

        clickCell(robot, "#speaker" + order.id());
        robot.clickOn("#removeSpeaker");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ids(queue).equals(List.of(discussion.id())));

        robot.clickOn("#endTurn");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#speakingName")
                .equals("Chưa có đại biểu nào đang phát biểu"));
        assertThat(robot.lookup("#speakingCountdown").query().isVisible()).isFalse();
        assertThat(hall.services.speakers().speaking()).isEmpty();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void showsAnOpinionWithTheUnreadBadgeAndMarksItRead(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        robot.clickOn("#floorTab");
        assertThat(robot.lookup("#unreadBadge").query().isVisible()).isFalse();
        Opinion sent = hall.services.opinions().send(delegate(4), "Đề nghị Chủ tọa cho thảo luận thêm về dự án "
                + "đường ven biển trước khi biểu quyết.").get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unreadBadge").query().isVisible()
                && robot.lookup("#opinion" + sent.id()).tryQuery().isPresent()
                && drawnTexts(robot, "#opinion" + sent.id()).contains(sent.text()));
        assertThat(text(robot, "#unreadBadge")).isEqualTo("1 chưa đọc");
        assertThat(robot.lookup("#floorTab .tab-label").queryAs(Labeled.class).getText())
                .isEqualTo("Điều hành – 1 ý kiến mới");
        assertThat(cellTexts(robot, "#opinion" + sent.id())).contains("Mới", sent.text())
                .anyMatch(t -> t.startsWith(sent.delegateName() + " · "));

        clickCell(robot, "#opinion" + sent.id());
        robot.clickOn("#markRead");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#unreadBadge").query().isVisible()
                && drawnTexts(robot, "#opinion" + sent.id()).contains("Đã đọc"));
        assertThat(robot.lookup("#floorTab .tab-label").queryAs(Labeled.class).getText()).isEqualTo("Điều hành");
        robot.clickOn("#markAnswered");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawnTexts(robot, "#opinion" + sent.id()).contains("Đã trả lời"));
    }

    @Test
    void postsANoticeListsItAndTellsEveryTablet(FxRobot robot) throws Exception {
        List<HallEvent> events = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = hall.services.events().subscribe(events::add);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        robot.clickOn("#floorTab");
        assertThat(robot.lookup("#postNotice").queryButton().isDisabled()).as("nothing to send yet").isTrue();
        robot.clickOn("#noticeText").write("Nghỉ giải lao 15 phút.");
        assertThat(text(robot, "#noticeLength")).isEqualTo("22/2000 ký tự");
        robot.clickOn("#postNotice");
        ListView<?> list = robot.lookup("#noticeList").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(robot.lookup("#noticeText").queryAs(TextInputControl.class).getText()).isEmpty();
        assertThat(events).filteredOn(e -> e.type().equals("notice.posted")).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("text",
                        "Nghỉ giải lao 15 phút."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#noticeList .notice-sent-text").queryAs(Labeled.class).getText())
                .isEqualTo("Nghỉ giải lao 15 phút.");
        unsubscribe.run();
    }

    private Account delegate(int n) {
        LoginResult login = hall.services.auth().login(String.format("db%03d", n), "246810", "127.0.0.1");
        return ((LoginResult.Success) login).account();
    }

    private static List<Long> ids(ListView<SpeakerRequest> queue) {
        return queue.getItems().stream().map(SpeakerRequest::id).toList();
    }
}
