package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.dienhong.TestHall;
import vn.dienhong.logic.VoteService;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.MeetingSnapshot;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;

/**
 * The chair's projector page (/display) in a real Chromium at 1920×1080 against a real hall: the
 * meeting and current item, a vote's countdown and live count, then the result against the total
 * number of delegates, the outcome with its threshold, the bar chart, each delegate's choice for open
 * votes (none for secret ballots) and the audit hash. Screenshots: display-idle.png, display-vote.png,
 * display-result.png.
 */
class DisplayBrowserTest {

    /** A 1080p projector; a vote a test leaves open is cancelled after it. */
    @RegisterExtension
    static final WebHall web = new WebHall(1920, 1080, "/display");

    private final TestHall hall = web.hall();
    private final Browser browser = web.browser();

    @Test
    void displayFollowsAVoteFromOpenToResult() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("display", "display-demo");
        browser.waitText("#meeting-title", meeting.meeting().title());
        AgendaItem current = meeting.agenda().stream().filter(i -> i.id() == meeting.meeting().currentAgendaItemId())
                .findFirst().orElseThrow();
        browser.waitText(".idle-title", current.title());
        assertThat(browser.text("#idle-heading")).isEqualToIgnoringCase("Nội dung đang thảo luận");
        browser.assertNoSeriousAccessibilityViolations("display (idle)");
        browser.screenshot("display-idle.png");

        String title = "Biểu quyết thông qua Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm 2027";
        Vote vote = open(title, VoteForm.OPEN, 600);
        browser.waitText("#vote-heading", title);
        browser.waitTextMatches("#display-countdown", "(09:[0-5][0-9]|10:00)");
        browser.waitText("#progress-line", "Đã biểu quyết: 0/50 đại biểu");

        cast(vote, "db001", "APPROVE");
        cast(vote, "db002", "APPROVE");
        cast(vote, "db003", "REJECT");
        browser.waitText("#progress-line", "Đã biểu quyết: 3/50 đại biểu");
        browser.assertNoSeriousAccessibilityViolations("display (vote)");
        browser.screenshot("display-vote.png");

        votes().close(vote.id()).join();
        browser.waitText("#display-outcome", "✗ Nghị quyết không được thông qua");
        assertThat(browser.text("#result-heading")).isEqualTo(title);
        assertThat(browser.texts(".chart-text")).containsExactly(
                "Tán thành: 2/50 đại biểu (4,00%)",
                "Không tán thành: 1/50 đại biểu (2,00%)",
                "Không biểu quyết: 0/50 đại biểu (0,00%)",
                "Không tham gia biểu quyết: 47/50 đại biểu (94,00%)");
        assertThat(browser.text(".display-result .display-threshold"))
                .isEqualTo("Điều kiện thông qua: quá nửa tổng số đại biểu tán thành.");
        assertThat(browser.text(".display-took-part")).isEqualTo("Tham gia biểu quyết: 3/50 đại biểu (6,00%)");

        // every delegate, in seat order, with the choice in words as well as colour
        waitCount(".ballot-grid .ballot", 50);
        assertThat(seats()).startsWith("A01", "A02", "A03");
        assertThat(ballotOf("db001")).contains("Tán thành").doesNotContain("Không");
        assertThat(ballotOf("db003")).contains("Không tán thành");
        assertThat(ballotOf("db004")).contains("Không tham gia");
        assertThat(browser.find(ballotCss("db001")).getAttribute("class")).contains("choice-APPROVE");
        assertThat(browser.find(ballotCss("db004")).getAttribute("class")).contains("choice-NONE");

        String head = votes().auditHead();
        assertThat(browser.text(".display-audit")).isEqualTo("Mã kiểm chứng: " + head.substring(0, 16) + "…");
        assertThat(browser.find("#audit-hash").getAttribute("title")).isEqualTo("Mã kiểm chứng đầy đủ: " + head);

        // a reload keeps the result on the projector until the chair moves on
        browser.driver().navigate().refresh();
        browser.waitText("#display-outcome", "✗ Nghị quyết không được thông qua");
        waitCount(".ballot-grid .ballot", 50);
        AgendaItem next = meeting.agenda().stream().filter(i -> i.id() != current.id()).findFirst().orElseThrow();
        hall.services().meetings().moveTo(next.id()).join();
        browser.waitText(".idle-title", next.title());
        hall.services().meetings().moveTo(current.id()).join();
    }

    @Test
    void passedResultIsReadableFromTheBackOfTheHall() {
        logIn("display", "display-demo");
        String title = "Biểu quyết thông qua Nghị quyết về dự toán ngân sách địa phương năm 2027";
        Vote vote = open(title, VoteForm.OPEN, null);
        browser.waitText("#vote-heading", title);
        IntStream.rangeClosed(1, 46).forEach(i -> cast(vote, String.format("db%03d", i),
                i <= 41 ? "APPROVE" : i <= 44 ? "REJECT" : "ABSTAIN"));
        browser.waitText("#progress-line", "Đã biểu quyết: 46/50 đại biểu");
        votes().close(vote.id()).join();

        browser.waitText("#display-outcome", "✓ Nghị quyết được thông qua");
        assertThat(browser.texts(".chart-text")).containsExactly(
                "Tán thành: 41/50 đại biểu (82,00%)",
                "Không tán thành: 3/50 đại biểu (6,00%)",
                "Không biểu quyết: 2/50 đại biểu (4,00%)",
                "Không tham gia biểu quyết: 4/50 đại biểu (8,00%)");
        waitCount(".ballot-grid .ballot", 50);
        assertThat(ballotOf("db045")).contains("Không biểu quyết");
        browser.screenshot("display-result.png");
        // everything on one projector screen, nothing cut off
        Number scroll = (Number) browser.script("return document.documentElement.scrollHeight;");
        assertThat(scroll.intValue()).as("the result fits on a 1080-line projector").isLessThanOrEqualTo(1080);
        browser.assertNoSeriousAccessibilityViolations("display (result)");
    }

    @Test
    void chairSeesASecretBallotWithoutPerDelegateChoices() {
        logIn("chair", "chair-demo");
        String title = "Bỏ phiếu kín miễn nhiệm Ủy viên Ủy ban nhân dân tỉnh";
        Vote vote = web.open(title, VoteForm.SECRET, Threshold.TWO_THIRDS_OF_TOTAL, null);
        browser.waitText("#vote-heading", title);
        assertThat(browser.text(".display-form")).isEqualTo("Bỏ phiếu kín");
        assertThat(browser.text(".display-vote .display-threshold"))
                .isEqualTo("Điều kiện thông qua: ít nhất hai phần ba tổng số đại biểu tán thành.");
        cast(vote, "db020", "APPROVE");
        cast(vote, "db021", "REJECT");
        browser.waitText("#progress-line", "Đã biểu quyết: 2/50 đại biểu");
        votes().close(vote.id()).join();

        browser.waitText("#display-outcome", "✗ Nghị quyết không được thông qua");
        assertThat(browser.texts(".chart-text")).startsWith("Tán thành: 1/50 đại biểu (2,00%)");
        assertThat(browser.present(".ballot-grid")).isFalse();
        assertThat(browser.text(".display-audit")).matches("Mã kiểm chứng: [0-9a-f]{16}…");
        browser.assertNoSeriousAccessibilityViolations("display (secret result)");
    }

    @Test
    void cancelledVoteLeavesTheScreenWithANotice() {
        logIn("display", "display-demo");
        String title = "Biểu quyết thông qua Nghị quyết về đặt tên đường năm 2027";
        Vote vote = open(title, VoteForm.OPEN, null);
        browser.waitText("#vote-heading", title);
        votes().cancel(vote.id()).join();
        browser.waitText("#display-notice", "Biểu quyết “" + title + "” đã bị hủy.");
        browser.waitVisible(".display-idle");
    }

    @Test
    void delegateAccountIsNotForTheProjector() {
        browser.logIn("db005", WebHall.DEMO_PIN);
        browser.waitText("#login-notice", "Tài khoản này không dùng cho màn hình Chủ tọa. Vui lòng đăng nhập bằng "
                + "tài khoản màn hình (display) hoặc tài khoản Chủ tọa.");
        assertThat(browser.displayed("#screen-display")).isFalse();
    }

    // ---- helpers ----

    private static VoteService votes() {
        return web.votes();
    }

    private void logIn(String username, String pin) {
        browser.logIn(username, pin);
        browser.waitVisible("#screen-display");
        browser.waitText(CONNECTION, CONNECTED);
    }

    private static Vote open(String title, VoteForm form, Integer countdownSeconds) {
        return web.open(title, form, countdownSeconds);
    }

    private static void cast(Vote vote, String username, String choice) {
        web.cast(vote, username, choice);
    }

    private static String ballotCss(String username) {
        return ".ballot-grid .ballot[data-delegate='" + web.account(username).delegateId() + "']";
    }

    private String ballotOf(String username) {
        return browser.text(ballotCss(username));
    }

    private void waitCount(String css, int count) {
        browser.waitUntil(css + " should count " + count,
                () -> browser.driver().findElements(By.cssSelector(css)).size() == count);
    }

    private List<String> seats() {
        return browser.texts(".ballot-seat");
    }
}
