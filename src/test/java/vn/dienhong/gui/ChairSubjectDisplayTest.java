package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;

/** The chair display (1280×720 window) after votes on people: a table of people instead of bars and seats. */
@ExtendWith(ApplicationExtension.class)
class ChairSubjectDisplayTest {
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
    void aConfidenceRatingShowsEachOfficialsCountsAndOutcomeWithTheAuditCode(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        Vote vote = SubjectBallots.open(hall, VoteKind.CONFIDENCE_RATING, SubjectBallots.RATING_TITLE,
                SubjectBallots.OFFICIALS, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairKindLine"));
        assertThat(text(robot, "#chairKindLine")).isEqualTo("Lấy phiếu tín nhiệm đối với 6 người");
        SubjectBallots.cast(hall, vote.id(), 46, SubjectBallots.OFFICIALS.size(), SubjectBallots::rating);
        hall.services.votes().close(vote.id()).get(5, TimeUnit.SECONDS);
        String head = hall.services.votes().auditHead(vote.id()).orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chairSubject-5").tryQuery().isPresent()
                && shown(robot, "#chairSubjects") && !text(robot, "#chairAudit").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cells(robot, "#chairSubjectHeader"))
                .containsExactly("Họ tên", "Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp", "Kết quả");
        assertThat(cells(robot, "#chairSubject-2")).containsExactly(
                "3. Vũ Đức Minh – Ủy viên UBND tỉnh, Giám đốc Sở Y tế", "9 · 18,00%", "9 · 18,00%", "28 · 56,00%",
                "Có thể xin từ chức");
        assertThat(text(robot, "#chairSubjectOutcome-4")).isEqualTo("Đề nghị miễn nhiệm");
        assertThat(text(robot, "#chairSubjectOutcome-0")).isEqualTo("Không có hệ quả pháp lý");
        assertThat(robot.lookup("#chairSubject-4").query().getStyleClass())
                .contains("outcome-dismissal-proposed", "notable");
        assertThat(robot.lookup("#chairSubject-0").query().getStyleClass()).doesNotContain("notable");
        assertThat(text(robot, "#chairSubjectSummary"))
                .isEqualTo("Lấy phiếu tín nhiệm đối với 6 người · Tham gia biểu quyết: 46/50 đại biểu (92,00%)");
        assertThat(text(robot, "#chairSubjectRule")).startsWith("Theo Nghị quyết 96/2023/QH15, tính trên tổng số đại biểu");
        assertThat(text(robot, "#chairAudit")).isEqualTo("Mã kiểm chứng: " + head.substring(0, 16) + "…");
        assertThat(shown(robot, "#chairAudit")).isTrue();
        assertThat(shown(robot, "#chairBars")).as("no bars of a resolution").isFalse();
        assertThat(shown(robot, "#chairOutcome")).isFalse();
        assertThat(shown(robot, "#chairSecretNote")).isFalse();
        assertThat(scale(robot)).as("six rows fit at full size").isEqualTo(1.0);
    }

    @Test
    void aLongListShrinksToFitAndOnlyAVeryLongOneScrolls(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        showElection(robot, 15);
        assertThat(scale(robot)).as("fifteen rows shrink a little").isLessThan(1.0)
                .isGreaterThan(ChairSubjectTable.SMALLEST);
        assertThat(scrolls(robot)).isFalse();

        showElection(robot, 40);
        assertThat(robot.lookup(".chair-subject-row").queryAll()).hasSize(41);
        assertThat(scale(robot)).isEqualTo(ChairSubjectTable.SMALLEST);
        assertThat(scrolls(robot)).as("too many to read at once: the rest scrolls").isTrue();
    }

    private void showElection(FxRobot robot, int candidates) throws Exception {
        List<String> names = IntStream.rangeClosed(1, candidates).mapToObj(i -> "Ứng cử viên số " + i).toList();
        Vote vote = SubjectBallots.open(hall, VoteKind.ELECTION, "Bầu Ủy viên Ủy ban nhân dân tỉnh", names, 1);
        SubjectBallots.cast(hall, vote.id(), 3, candidates, (n, i) -> i == 0 ? "SELECTED" : "NOT_SELECTED");
        hall.services.votes().close(vote.id()).get(5, TimeUnit.SECONDS);
        String last = "#chairSubject-" + (candidates - 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(last).tryQuery().isPresent()
                && text(robot, "#chairResultTitle").startsWith("Bầu") && shown(robot, "#chairSubjects"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double scale(FxRobot robot) {
        return robot.lookup(".chair-subject-scroll").queryAs(ScrollPane.class).getContent() instanceof ShrinkToFit fit
                ? fit.scale() : Double.NaN;
    }

    private static boolean scrolls(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".chair-subject-scroll").queryAs(ScrollPane.class);
        return scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 1;
    }

    private static List<String> cells(FxRobot robot, String row) {
        return robot.from(robot.lookup(row).queryParent()).lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
