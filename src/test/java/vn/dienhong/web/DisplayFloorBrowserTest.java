package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dienhong.TestHall;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;

/**
 * The floor on the chair's projector page (/display) in a real Chromium at 1920×1080 against a real hall:
 * the quorum line follows check-ins live; between votes the speaker has a large clock on the server's time
 * (warning near the end, "Quá giờ" after it) and the next ones in the queue are listed with their kinds; a
 * vote still takes the screen (its ballots check delegates in, and the quorum line follows), and the floor
 * comes back after it. Screenshot: display-floor.png.
 */
class DisplayFloorBrowserTest {

    /** A 1080p projector; the floor and any open vote are cleared after each test. */
    @RegisterExtension
    static final WebHall web = new WebHall(1920, 1080, "/display");

    private final TestHall hall = web.hall();
    private final Browser browser = web.browser();

    @AfterEach
    void clearTheFloor() {
        web.clearFloor();
    }

    @Test
    void quorumLineFollowsCheckInsLive() {
        int before = hall.services().attendance().summary().present(); // the other test's ballot checks one in
        logIn("display", "display-demo");
        browser.waitText("#quorum-count", String.format("Có mặt: %d/50 đại biểu (%d,00%%)", before, before * 2));
        assertThat(browser.text("#quorum-state")).isEqualTo("⚠ Chưa đủ số đại biểu (cần 34)");

        for (int i = 1; hall.services().attendance().summary().present() < 34; i++) {
            long delegate = web.account(String.format("db%03d", i)).delegateId();
            hall.services().attendance().mark(delegate, i <= 30 ? AttendanceStatus.PRESENT : AttendanceStatus.REMOTE, null)
                    .join();
        }
        browser.waitText("#quorum-count", "Có mặt: 34/50 đại biểu (68,00%)");
        browser.waitText("#quorum-state", "✓ Đủ số đại biểu để tiến hành (cần 34)");
        assertThat(browser.find("#display-quorum").getAttribute("class")).contains("is-met");
        browser.assertNoSeriousAccessibilityViolations("display (quorum)");
    }

    @Test
    void speakerClockAndQueueBetweenVotes() {
        SpeakerRequest speaking = web.ask("db005", SpeakerKind.QUESTION, "ubnd", "Tiến độ giải phóng mặt bằng dự án vành đai 2");
        SpeakerRequest second = web.ask("db006", SpeakerKind.DISCUSSION, null, null);
        web.ask("db007", SpeakerKind.QUESTION, "soyte", null);
        web.ask("db008", SpeakerKind.POINT_OF_ORDER, null, null);
        web.ask("db009", SpeakerKind.DISCUSSION, null, null);
        web.ask("db010", SpeakerKind.DISCUSSION, null, null);
        web.ask("db011", SpeakerKind.DISCUSSION, null, null);
        logIn("chair", "chair-demo");
        browser.waitText("#next-heading", "Tiếp theo (5/7)");
        browser.waitText(".floor-empty", "Hiện chưa có đại biểu phát biểu.");
        assertThat(browser.text("#floor-heading")).isEqualToIgnoringCase("Đang phát biểu");

        web.speakers().giveFloor(speaking.id()).join();
        browser.waitText("#floor-speaker-name", nameOf("db005"));
        assertThat(browser.text(".floor-speaker-meta")).contains("ghế " + speaking.seat()).contains("Chất vấn")
                .contains("Người trả lời: " + web.account("ubnd", "ubnd-demo").displayName());
        assertThat(browser.text(".floor-speaker-topic")).isEqualTo("Tiến độ giải phóng mặt bằng dự án vành đai 2");
        browser.waitTextMatches("#display-floor-time-value", "0[23]:[0-5][0-9]");
        assertThat(browser.text("#display-floor-time .turn-label")).isEqualTo("Thời gian còn lại");
        browser.waitText("#next-heading", "Tiếp theo (5/6)");
        List<String> next = browser.texts("#next-list .next-item");
        assertThat(next).hasSize(5);
        assertThat(next.get(0)).contains(nameOf("db006")).contains("Thảo luận");
        assertThat(next.get(1)).contains(nameOf("db007")).contains("Chất vấn").contains("Người trả lời:");
        assertThat(next.get(2)).contains(nameOf("db008")).contains("Kiến nghị về thủ tục");
        browser.assertNoSeriousAccessibilityViolations("display (floor)");
        browser.screenshot("display-floor.png");
        Number scroll = (Number) browser.script("return document.documentElement.scrollHeight;");
        assertThat(scroll.intValue()).as("the floor fits on a 1080-line projector").isLessThanOrEqualTo(1080);

        // the server's clock moves on (the projector's own clock is shifted): the last minute, then overtime
        browser.script("const real = Date.now.bind(Date); window.__shift = 0; Date.now = () => real() + window.__shift;");
        browser.script("window.__shift = 150000;");
        browser.waitUntil("the last minute is a warning",
                () -> "warning".equals(browser.find("#display-floor-time").getAttribute("data-phase")));
        assertThat(browser.text("#display-floor-time .turn-label")).isEqualTo("Sắp hết thời gian");
        browser.script("window.__shift = 200000;");
        browser.waitUntil("past the end is overtime",
                () -> "over".equals(browser.find("#display-floor-time").getAttribute("data-phase")));
        assertThat(browser.text("#display-floor-time .turn-label")).isEqualTo("Quá giờ");
        assertThat(browser.text("#display-floor-time-value")).matches("\\+00:[0-5][0-9]");
        browser.screenshot("display-floor-overtime.png");
        browser.script("window.__shift = 0;");

        // a vote takes the screen; the floor comes back when it is gone
        String title = "Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027";
        Vote vote = web.open(title, VoteForm.OPEN, null);
        browser.waitText("#vote-heading", title);
        assertThat(browser.present("#display-floor")).isFalse();
        assertThat(browser.displayed("#display-quorum")).isTrue();
        // a ballot checks its delegate in: the quorum line follows while the vote runs
        int present = hall.services().attendance().summary().present();
        web.cast(vote, "db040", "APPROVE");
        browser.waitTextContains("#quorum-count", "Có mặt: " + (present + 1) + "/50 đại biểu");
        web.votes().cancel(vote.id()).join();
        browser.waitVisible("#display-floor");

        web.speakers().giveFloor(second.id()).join();
        browser.waitText("#floor-speaker-name", nameOf("db006"));
        browser.waitTextMatches("#display-floor-time-value", "0[67]:[0-5][0-9]");
        browser.waitText("#next-heading", "Tiếp theo");
    }

    // ---- helpers ----

    private void logIn(String username, String pin) {
        browser.logIn(username, pin);
        browser.waitVisible("#screen-display");
        browser.waitText(CONNECTION, CONNECTED);
    }

    private static String nameOf(String username) {
        return web.account(username).displayName();
    }
}
