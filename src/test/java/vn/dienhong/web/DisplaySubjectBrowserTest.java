package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;

/**
 * The chair's projector page (/display) at 1920×1080 after a confidence rating and an election: during
 * the vote what is being decided, after it one table row per official or candidate with each mark's
 * count and share of the total, and the outcome in words, the ones that call for action marked. No
 * per-delegate grid (these ballots are secret). Sixty candidates still fit on one screen.
 * Screenshots: display-rating-result.png, display-election-result.png.
 */
class DisplaySubjectBrowserTest {

    /** A 1080p projector; a vote a test leaves open is cancelled after it. */
    @RegisterExtension
    static final WebHall web = new WebHall(1920, 1080, "/display");

    private final Browser browser = web.browser();

    @Test
    void ratingResultShowsEveryOfficialWithCountsOfTheTotalAndTheOutcome() {
        logIn();
        List<String> officials = List.of(
                "Nguyễn Văn Hùng – Chủ tịch Ủy ban nhân dân tỉnh",
                "Trần Thị Phương Thảo – Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối văn hóa – xã hội",
                "Lê Minh Khoa – Chánh án Tòa án nhân dân tỉnh",
                "Phạm Thu Hà – Viện trưởng Viện kiểm sát nhân dân tỉnh",
                "Đặng Quốc Việt – Trưởng Ban Kinh tế – Ngân sách Hội đồng nhân dân tỉnh");
        String title = "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân tỉnh bầu";
        Vote vote = web.openWithSubjects(title, VoteKind.CONFIDENCE_RATING, officials, 1);
        browser.waitText("#vote-heading", title);
        assertThat(browser.text(".display-vote .display-threshold")).startsWith("Lấy phiếu tín nhiệm đối với 5 người.");

        castAs(range(1, 28), vote, List.of("HIGH", "LOW", "LOW", "CONFIDENT", "HIGH"));
        castAs(range(29, 34), vote, List.of("CONFIDENT", "CONFIDENT", "LOW", "HIGH", "HIGH"));
        castAs(range(35, 46), vote, List.of("HIGH", "HIGH", "CONFIDENT", "HIGH", "LOW"));
        browser.waitText("#progress-line", "Đã biểu quyết: 46/50 đại biểu");
        web.votes().close(vote.id()).join();

        browser.waitVisible(".subject-table");
        assertThat(browser.text("#result-heading")).isEqualTo(title);
        assertThat(browser.texts(".subject-table thead th"))
                .containsExactly("Họ tên", "▲ Tín nhiệm cao", "● Tín nhiệm", "▼ Tín nhiệm thấp", "Kết quả");
        assertThat(browser.texts(".subject-row .row-name")).containsExactlyElementsOf(officials);
        assertThat(browser.texts(".subject-row[data-index='1'] .col-count"))
                .containsExactly("12 (24,00%)", "6 (12,00%)", "28 (56,00%)");
        assertThat(browser.texts(".subject-row .outcome-badge")).containsExactly("Không có hệ quả",
                "! Có thể xin từ chức", "⚠ Đề nghị miễn nhiệm", "Không có hệ quả", "Không có hệ quả");
        assertThat(browser.find(".subject-row[data-index='2']").getAttribute("class"))
                .contains("outcome-DISMISSAL_PROPOSED", "is-notable");
        assertThat(browser.text(".display-took-part")).isEqualTo("Tham gia biểu quyết: 46/50 đại biểu (92,00%)");
        assertThat(browser.text("#subject-rule")).isEqualTo("Quá nửa tổng số đại biểu đánh giá tín nhiệm thấp: "
                + "có thể xin từ chức; từ hai phần ba trở lên: đề nghị miễn nhiệm.");
        assertThat(browser.present(".ballot-grid")).as("secret: nobody's choice is shown").isFalse();
        assertThat(browser.text(".display-audit")).matches("Mã kiểm chứng: [0-9a-f]{16}…");
        browser.screenshot("display-rating-result.png");
        assertFitsOnTheProjector();
        browser.assertNoSeriousAccessibilityViolations("display (rating result)");

        // a reload keeps the table on the projector
        browser.driver().navigate().refresh();
        browser.waitVisible(".subject-table");
        assertThat(browser.texts(".subject-row .row-name")).containsExactlyElementsOf(officials);
    }

    @Test
    void electionOfSixtyCandidatesFitsOnOneScreenAndATieSaysVoteAgain() {
        logIn();
        List<String> candidates = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Nguyễn Thị Phương Thảo " + i).toList();
        String title = "Bầu Hội thẩm Tòa án nhân dân tỉnh nhiệm kỳ 2026–2031";
        Vote vote = web.openWithSubjects(title, VoteKind.ELECTION, candidates, 2);
        browser.waitText("#vote-heading", title);
        assertThat(browser.text(".display-vote .display-threshold")).isEqualTo(
                "Bầu 2 trong số 60 người. Điều kiện trúng cử: quá nửa tổng số đại biểu chọn.");

        // 28 for the first, 26 each for the second and third: one elected, two tied for the last seat
        castAs(range(1, 14), vote, choose(0, 1));
        castAs(range(15, 26), vote, choose(0, 2));
        castAs(range(27, 28), vote, choose(0, 3));
        castAs(range(29, 40), vote, choose(1, 2));
        castAs(range(41, 42), vote, choose(2, 3));
        browser.waitText("#progress-line", "Đã biểu quyết: 42/50 đại biểu");
        web.votes().close(vote.id()).join();

        browser.waitVisible(".subject-table");
        assertThat(browser.driver().findElements(By.cssSelector(".subject-row"))).hasSize(60);
        assertThat(browser.driver().findElements(By.cssSelector(".subject-table"))).as("two tables side by side").hasSize(2);
        assertThat(browser.texts(".subject-row .outcome-badge")).startsWith("✓ Trúng cử",
                "↻ Số phiếu bằng nhau: bầu lại", "↻ Số phiếu bằng nhau: bầu lại", "Không trúng cử");
        assertThat(browser.texts(".subject-row[data-index='0'] .col-count")).containsExactly("28 (56,00%)", "14 (28,00%)");
        assertThat(browser.text("#subject-rule"))
                .isEqualTo("Điều kiện trúng cử: quá nửa tổng số đại biểu chọn. Số người được bầu: 2.");
        browser.screenshot("display-election-result.png");
        assertFitsOnTheProjector();
        browser.assertNoSeriousAccessibilityViolations("display (election result)");
    }

    // ---- helpers ----

    private void logIn() {
        browser.logIn("display", "display-demo");
        browser.waitVisible("#screen-display");
        browser.waitText(CONNECTION, CONNECTED);
    }

    private void assertFitsOnTheProjector() {
        Number scroll = (Number) browser.script("return document.documentElement.scrollHeight;");
        assertThat(scroll.intValue()).as("the result fits on a 1080-line projector").isLessThanOrEqualTo(1080);
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth;");
        assertThat(wide.intValue()).as("nothing sticks out sideways").isLessThanOrEqualTo(1920);
    }

    /** An election ballot of 60 candidates choosing the two given. */
    private static List<String> choose(int a, int b) {
        List<String> marks = new ArrayList<>(Collections.nCopies(60, "NOT_SELECTED"));
        marks.set(a, "SELECTED");
        marks.set(b, "SELECTED");
        return marks;
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("db%03d", i)).toList();
    }

    private static void castAs(List<String> usernames, Vote vote, List<String> marks) {
        usernames.forEach(username -> web.castMarks(vote, username, marks));
    }
}
