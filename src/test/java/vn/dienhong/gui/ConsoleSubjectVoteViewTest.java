package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.model.HallEvent;

/**
 * The operator prepares a confidence rating and an election on the Biểu quyết tab with mouse and
 * keyboard, delegates' ballots arrive from Java as from tablets, and each person's outcome shows.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleSubjectVoteViewTest {
    private static final String MAY_RESIGN = "Quá nửa tổng số đại biểu đánh giá tín nhiệm thấp – có thể xin từ chức; "
            + "nếu không, Hội đồng bỏ phiếu tín nhiệm";
    private static final String DISMISSAL = "Từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp – đề nghị "
            + "miễn nhiệm";
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleViewModel model;

    @Start
    void start(Stage stage) {
        model = new ConsoleViewModel(hall.services, List.of("http://192.168.1.20:8080/"), Platform::runLater,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(new ConsoleView(model), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::dispose);
        hall.close();
    }

    @Test
    void aConfidenceRatingIsSecretAndShowsEachOfficialsOutcome(FxRobot robot) throws Exception {
        openForm(robot, "Lấy phiếu tín nhiệm");
        assertThat(robot.lookup("#formSecret").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#formOpen").query().isDisabled()).as("the form is locked").isTrue();
        assertThat(text(robot, "#voteFormLocked")).isEqualTo("Lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm và bầu cử luôn "
                + "bỏ phiếu kín, nên không chọn được biểu quyết công khai.");
        assertThat(shown(robot, "#voteAllowChange")).isFalse();
        assertThat(shown(robot, "#voteThreshold")).as("fixed by law").isFalse();
        assertThat(text(robot, "#voteLawNote")).startsWith("Theo Nghị quyết 96/2023/QH15, tính trên tổng số đại biểu");
        assertThat(shown(robot, "#voteSeats")).isFalse();
        assertThat(robot.lookup("#voteTitle").queryTextInputControl().getText())
                .isEqualTo("Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu");

        robot.clickOn("#voteSubjects").write("Phạm Quốc Hưng – Chủ tịch UBND tỉnh\n\nĐỗ Thị Thanh Hà – Phó Chủ tịch"
                + "\n  Vũ Đức Minh – Giám đốc Sở Y tế  ");
        assertThat(text(robot, "#voteSubjectCount")).startsWith("Đã nhập 3 người.");
        create(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#shownVoteState")
                .equals("Chuẩn bị · Lấy phiếu tín nhiệm · Bỏ phiếu kín · 3 người"));
        robot.clickOn("#openVote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#voteProgress").startsWith("Đã biểu quyết: 0/50"));

        long voteId = model.votes().tracker().voteProperty().get().id();
        // the first official: 10 LOW; the second: 27 LOW (more than half); the third: 34 LOW (two thirds)
        SubjectBallots.cast(hall, voteId, 40, 3, (n, i) -> switch (i) {
            case 0 -> n % 4 == 0 ? "LOW" : "HIGH";
            case 1 -> n <= 27 ? "LOW" : "CONFIDENT";
            default -> n <= 34 ? "LOW" : "HIGH";
        });
        closeVote(robot);

        assertThat(text(robot, "#subjectName0")).isEqualTo("1. Phạm Quốc Hưng – Chủ tịch UBND tỉnh");
        assertThat(text(robot, "#subjectOutcome0")).isEqualTo("Không có hệ quả pháp lý");
        assertThat(text(robot, "#subjectOutcome1")).isEqualTo(MAY_RESIGN);
        assertThat(text(robot, "#subjectOutcome2")).isEqualTo(DISMISSAL);
        assertThat(robot.lookup("#subjectRow2").query().getStyleClass()).contains("outcome-dismissal-proposed");
        assertThat(cells(robot, "#subjectHeader")).containsExactly("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");
        assertThat(cells(robot, "#subjectLevels1")).containsExactly("0 · 0,00%", "13 · 26,00%", "27 · 54,00%");
        assertThat(robot.lookup("#subjectLevels1 .label").queryAllAs(Labeled.class)).extracting(Labeled::getAccessibleText)
                .contains("Tín nhiệm thấp: 27 (54,00%)");
        assertThat(text(robot, "#resultLine0")).isEqualTo("Tham gia biểu quyết: 40/50 đại biểu (80,00%)");
        assertThat(text(robot, "#resultLine1")).isEqualTo("Không tham gia biểu quyết: 10/50 đại biểu (20,00%)");
        assertThat(shown(robot, "#voteOutcome")).as("no 'Nghị quyết…' for a rating").isFalse();
        assertThat(text(robot, "#voteAudit")).startsWith("Mã kiểm chứng: ");

        HallEvent closed = model.feed().entries().stream().filter(e -> e.type().equals("vote.closed")).findFirst()
                .orElseThrow();
        assertThat(model.feed().describe(closed, model.language().messages())).isEqualTo(
                "Đã kết thúc lấy phiếu tín nhiệm – 40/50 đại biểu tham gia; kết quả từng người ở thẻ Biểu quyết");
    }

    @Test
    void anElectionOfTwoShowsWhoIsElected(FxRobot robot) throws Exception {
        openForm(robot, "Bầu cử");
        assertThat(shown(robot, "#voteThreshold")).isTrue();
        assertThat(shown(robot, "#voteSeats")).isTrue();
        assertThat(shown(robot, "#voteLawNote")).isFalse();
        robot.clickOn("#voteSubjects").write("Lê Minh Khánh\nTrần Thu Hà\nHoàng Văn Bình");
        Node more = robot.lookup("#voteSeats .increment-arrow-button").query();
        robot.clickOn(more);
        assertThat(robot.lookup("#voteSeats").queryAs(Spinner.class).getValue()).isEqualTo(2);
        create(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#shownVoteState")
                .equals("Chuẩn bị · Bầu cử · Bỏ phiếu kín · Quá nửa tổng số đại biểu · bầu 2 trong 3 người"));
        robot.clickOn("#openVote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#voteProgress").startsWith("Đã biểu quyết: 0/50"));

        long voteId = model.votes().tracker().voteProperty().get().id();
        // Khánh 40, Hà 30, Bình 10: the first two are elected
        SubjectBallots.cast(hall, voteId, 40, 3, (n, i) -> i == 0 || (i == 1 ? n <= 30 : n > 30)
                ? "SELECTED" : "NOT_SELECTED");
        closeVote(robot);

        assertThat(List.of(text(robot, "#subjectOutcome0"), text(robot, "#subjectOutcome1"),
                text(robot, "#subjectOutcome2"))).containsExactly("Trúng cử", "Trúng cử", "Không trúng cử");
        assertThat(text(robot, "#subjectName1")).isEqualTo("2. Trần Thu Hà");
        assertThat(robot.lookup("#subjectRow0").query().getStyleClass()).contains("outcome-elected");
        assertThat(text(robot, ".vote-detail #voteThreshold")).isEqualTo("Điều kiện trúng cử: Quá nửa tổng số đại biểu – cần ít "
                + "nhất 26 phiếu chọn; bầu 2 người, lấy người nhiều phiếu hơn.");
    }

    @Test
    void duplicateOrMissingNamesAreRefusedWithTheHallsReasonAndNothingIsCreated(FxRobot robot) throws Exception {
        openForm(robot, "Bỏ phiếu tín nhiệm");
        robot.clickOn("#voteSubjects").write("Nguyễn Văn An\nNGUYỄN VĂN AN");
        create(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorBanner").query().isVisible());
        assertThat(text(robot, "#errorMessage")).isEqualTo("Không tạo được biểu quyết: Có hai người trùng tên trong "
                + "danh sách; hãy ghi thêm chức vụ hoặc năm sinh để phân biệt. Sửa lại mẫu “Chuẩn bị biểu quyết” "
                + "rồi bấm “Tạo biểu quyết”.");

        robot.interact(() -> robot.lookup("#voteSubjects").queryAs(TextArea.class).clear());
        create(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#errorMessage").contains("Hãy nhập"));
        assertThat(text(robot, "#errorMessage")).isEqualTo("Không tạo được biểu quyết: Hãy nhập từ 1 đến 60 người "
                + "(mỗi dòng một người). Sửa lại mẫu “Chuẩn bị biểu quyết” rồi bấm “Tạo biểu quyết”.");
        assertThat(hall.services.votes().votesOfRunningMeeting()).isEmpty();
        assertThat(robot.lookup("#voteList").queryListView().getItems()).isEmpty();

        // back to a resolution: the operator's own form and the choice of changes return
        chooseKind(robot, "Biểu quyết thông qua");
        assertThat(robot.lookup("#formOpen").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#formOpen").query().isDisabled()).isFalse();
        assertThat(shown(robot, "#voteAllowChange")).isTrue();
        assertThat(shown(robot, "#voteSubjects")).isFalse();
    }

    private void openForm(FxRobot robot, String kind) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get() != null);
        robot.clickOn("#votesTab");
        chooseKind(robot, kind);
    }

    private static void chooseKind(FxRobot robot, String kind) {
        scrollForm(robot, 0);
        robot.clickOn("#voteKind");
        Node choice = robot.lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> kind.equals(cell.getText())).findFirst().orElseThrow();
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The form is taller than a 1280×800 screen once the list of names shows; the operator scrolls. */
    private static void create(FxRobot robot) {
        scrollForm(robot, 1);
        robot.clickOn("#createVote");
    }

    private static void scrollForm(FxRobot robot, double position) {
        robot.interact(() -> robot.lookup(".vote-form-scroll").queryAs(ScrollPane.class).setVvalue(position));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void closeVote(FxRobot robot) throws Exception {
        robot.clickOn("#closeVote");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#subjectOutcome0").tryQuery().isPresent()
                && !text(robot, "#voteAudit").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cells(FxRobot robot, String row) {
        return robot.from(robot.lookup(row).queryParent()).lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Whether the node and all its parents are visible, as the operator would see it. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
