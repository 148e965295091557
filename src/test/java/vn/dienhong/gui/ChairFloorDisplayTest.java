package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
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
import vn.dienhong.logic.LoginResult;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Account;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * The floor on the chair display (1280×720 window) as the chair reads it across the hall: the count
 * against the quorum, the speaker with the time left on a clock the test moves on, and who is next.
 */
@ExtendWith(ApplicationExtension.class)
class ChairFloorDisplayTest {
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERTIME = PseudoClass.getPseudoClass("overtime");
    private static final String NOBODY = "Chưa có đại biểu nào đang phát biểu";
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private final ShiftedClock clock = new ShiftedClock();
    private ConsoleTestHall.ChairScreen screen;
    private ChairDisplayViewModel model;

    @Start
    void start(Stage stage) {
        screen = hall.showChair(stage, c -> new ChairDisplayViewModel(hall.services, Platform::runLater, clock,
                c.header().meetingTitleProperty(), c.agenda().currentItemProperty()));
        model = screen.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        hall.close(robot, screen);
    }

    @Test
    void theQuorumLineFollowsCheckInsAndBallotsAndStaysDuringAVote(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairPresent").startsWith("Có mặt"));
        assertThat(text(robot, "#chairPresent")).isEqualTo("Có mặt: 0/50 đại biểu (0,00%)");
        assertThat(text(robot, "#chairQuorumState")).isEqualTo("Chưa đủ số đại biểu (cần 34)");
        assertThat(states(robot, "#chairQuorum")).doesNotContain(MET);

        Account checksIn = delegate(1);
        Account votes = delegate(40);
        List<AttendanceLine> others = hall.services.attendance().lines().stream()
                .filter(l -> l.delegateId() != checksIn.delegateId() && l.delegateId() != votes.delegateId()).toList();
        for (AttendanceLine line : others.subList(0, 33)) {
            hall.services.attendance().mark(line.delegateId(), AttendanceStatus.PRESENT, null).get(5, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#chairPresent").startsWith("Có mặt: 33/"));
        assertThat(text(robot, "#chairQuorumState")).isEqualTo("Chưa đủ số đại biểu (cần 34)");
        hall.services.attendance().checkIn(checksIn).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#chairPresent")
                .equals("Có mặt: 34/50 đại biểu (68,00%)"));
        assertThat(text(robot, "#chairQuorumState")).isEqualTo("Đủ số đại biểu để tiến hành (cần 34)");
        assertThat(states(robot, "#chairQuorum")).contains(MET);

        // a delegate who had not checked in votes: the ballot checks them in, and the line says so mid-vote
        Vote vote = openVote();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairVoteTitle"));
        TestUi.cast(hall.services, vote.id(), 40, "APPROVE");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#chairPresent")
                .equals("Có mặt: 35/50 đại biểu (70,00%)"));
        assertThat(shown(robot, "#chairPresent")).isTrue();
        assertThat(shown(robot, "#chairQuorumState")).isTrue();
    }

    @Test
    void aSpeakerGivenTheFloorAppearsWithTheTimeLeftWhichWarnsNearTheEndThenCountsTheTimeOver(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        assertThat(shown(robot, "#chairSpeakerName")).as("nobody speaks or waits: the item alone").isFalse();
        Account respondent = hall.services.speakers().respondents().get(1);
        SpeakerRequest question = hall.services.speakers().request(delegate(5), SpeakerKind.QUESTION, respondent.id(),
                null, "Tiến độ giải ngân vốn đầu tư công").get(5, TimeUnit.SECONDS);
        hall.services.speakers().giveFloor(question.id()).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairTurnFigures"));
        assertThat(shown(robot, "#chairIdleItem")).isFalse();
        assertThat(text(robot, "#chairSpeakerName")).isEqualTo(question.delegateName());
        assertThat(text(robot, "#chairSpeakerKind")).isEqualTo("Ghế " + question.seat() + " · Chất vấn → "
                + respondent.displayName());
        assertThat(text(robot, "#chairSpeakerTopic")).isEqualTo("Tiến độ giải ngân vốn đầu tư công");
        assertThat(text(robot, "#chairTurnCaption")).isEqualTo("Thời gian còn lại");
        assertThat(text(robot, "#chairTurnFigures")).as("a question has 3 minutes").matches("0(3:00|2:5\\d)");
        assertThat(states(robot, "#chairTurn")).doesNotContain(WARNING, OVERTIME);

        clock.shift(Duration.ofSeconds(150)); // the last minute is the warning
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> states(robot, "#chairTurn").contains(WARNING));
        assertThat(text(robot, "#chairTurnCaption")).isEqualTo("Sắp hết thời gian");
        assertThat(text(robot, "#chairTurnFigures")).matches("00:(30|2\\d)");

        clock.shift(Duration.ofSeconds(45));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> states(robot, "#chairTurn").contains(OVERTIME));
        assertThat(states(robot, "#chairTurn")).doesNotContain(WARNING);
        assertThat(text(robot, "#chairTurnCaption")).isEqualTo("Quá giờ");
        assertThat(text(robot, "#chairTurnFigures")).matches("\\+00:(1[5-9]|2\\d)");

        hall.services.speakers().endTurn(question.id()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairIdleItem"));
        assertThat(shown(robot, "#chairTurnFigures")).isFalse();
    }

    @Test
    void theQueueShowsTheNextFiveInOrderAndFollowsTheChairsOrder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        List<SpeakerRequest> requests = new ArrayList<>();
        for (int n = 11; n <= 17; n++) {
            SpeakerKind kind = n == 13 ? SpeakerKind.POINT_OF_ORDER : SpeakerKind.DISCUSSION;
            requests.add(hall.services.speakers().request(delegate(n), kind, null, null, null)
                    .get(5, TimeUnit.SECONDS));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#chairNextHeading")
                .equals("Tiếp theo (5/7)"));
        assertThat(text(robot, "#chairSpeakerName")).as("people wait, nobody speaks yet").isEqualTo(NOBODY);
        assertThat(shown(robot, "#chairTurnFigures")).isFalse();
        assertThat(nextNames(robot)).containsExactly(names(requests.subList(0, 5)));
        assertThat(rowTexts(robot, 3)).containsExactly("3", name(requests.get(2)),
                "Ghế " + requests.get(2).seat() + " · Kiến nghị về thủ tục");

        hall.services.speakers().giveFloor(requests.get(0).id()).get(5, TimeUnit.SECONDS);
        hall.services.speakers().move(requests.get(6).id(), 1).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#chairNextHeading").equals("Tiếp theo (5/6)")
                && nextNames(robot).get(0).equals(name(requests.get(6))));
        assertThat(text(robot, "#chairSpeakerName")).isEqualTo(name(requests.get(0)));
        assertThat(nextNames(robot)).containsExactly(name(requests.get(6)), name(requests.get(1)),
                name(requests.get(2)), name(requests.get(3)), name(requests.get(4)));
    }

    @Test
    void duringAVoteTheSpeakerStaysInABandAndTheNextSpeakerEndsTheShowingOfTheResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#chairIdleItem").startsWith("1. "));
        SpeakerRequest first = hall.services.speakers().request(delegate(7), SpeakerKind.DISCUSSION, null, null, null)
                .get(5, TimeUnit.SECONDS);
        SpeakerRequest second = hall.services.speakers().request(delegate(8), SpeakerKind.DISCUSSION, null, null, null)
                .get(5, TimeUnit.SECONDS);
        hall.services.speakers().giveFloor(first.id()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairTurnFigures"));
        assertThat(shown(robot, "#chairFloorBand")).as("between votes the floor is the main content").isFalse();

        Vote vote = openVote();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairVoteTitle"));
        assertThat(shown(robot, "#chairSpeakerName")).as("the vote is the main content").isFalse();
        assertThat(shown(robot, "#chairNextHeading")).isFalse();
        assertThat(shown(robot, "#chairFloorBand")).isTrue();
        assertThat(text(robot, "#chairBandName")).isEqualTo(name(first));
        assertThat(text(robot, "#chairBandTurnFigures")).matches("0[67]:\\d\\d");

        hall.services.votes().close(vote.id()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairOutcome"));
        assertThat(shown(robot, "#chairFloorBand")).isTrue();
        hall.services.speakers().giveFloor(second.id()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#chairSpeakerName")
                && text(robot, "#chairSpeakerName").equals(name(second)));
        assertThat(shown(robot, "#chairOutcome")).isFalse();
        assertThat(shown(robot, "#chairFloorBand")).isFalse();
    }

    private Vote openVote() throws Exception {
        Vote vote = hall.services.votes().create(new NewVote("Thông qua Nghị quyết về dự toán ngân sách năm 2027",
                VoteKind.RESOLUTION, VoteForm.OPEN, Threshold.MAJORITY_OF_TOTAL, null, 120, false, null))
                .get(5, TimeUnit.SECONDS);
        hall.services.votes().open(vote.id()).get(5, TimeUnit.SECONDS);
        return vote;
    }

    private Account delegate(int n) {
        LoginResult login = hall.services.auth().login(String.format("db%03d", n), "246810", "127.0.0.1");
        return ((LoginResult.Success) login).account();
    }

    private static String name(SpeakerRequest r) {
        return r.delegateName();
    }

    private static String[] names(List<SpeakerRequest> requests) {
        return requests.stream().map(ChairFloorDisplayTest::name).toArray(String[]::new);
    }

    /** The names in the "next" list as drawn, top to bottom. */
    private static List<String> nextNames(FxRobot robot) {
        return onFx(() -> robot.lookup(".chair-next-name").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .toList());
    }

    private static List<String> rowTexts(FxRobot robot, int place) {
        return onFx(() -> {
            Node row = robot.lookup("#chairNext-" + place).query();
            return robot.from(row).lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        });
    }

    /** The node's pseudo-classes: "met", "warning", "overtime"… as its colours show them. */
    private static Set<PseudoClass> states(FxRobot robot, String query) {
        return onFx(() -> Set.copyOf(robot.lookup(query).query().getPseudoClassStates()));
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** Whether the node and all its parents are visible, as a person in the hall would see it. */
    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> {
            for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Reads the screen on the JavaFX thread: the display's bindings are lazy, and one computed from the
     * test's thread while the hall's update is half applied could keep a stale value.
     */
    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system clock moved on by hand: the hall starts a turn now, the chair display is told it is later. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
