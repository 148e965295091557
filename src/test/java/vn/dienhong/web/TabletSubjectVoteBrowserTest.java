package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.dienhong.logic.VoteService;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;

/**
 * Ballots with one row per official or candidate on the delegate tablet, in a real Chromium against a
 * real hall: a confidence rating where every official must be marked before "Tiếp tục", with the rows
 * left counted and the first of them brought into view; the confirmation listing every mark; the
 * receipt, "already voted" after a reload; the result per official with counts of the total and the
 * outcome in words; an election that refuses a third choice of two seats with the reason on screen and
 * confirms a blank ballot as "Bạn không chọn ai"; sixty officials that scroll with the footer in sight.
 * Screenshots: tablet-rating.png, tablet-rating-confirm.png, tablet-election.png, tablet-rating-result.png.
 */
class TabletSubjectVoteBrowserTest {
    private static final String STEP = "#vote-step-heading";
    private static final String RECEIPT = "[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}";

    /** A 10-inch tablet held in landscape; a vote a test leaves open is cancelled after it. */
    @RegisterExtension
    static final WebHall web = new WebHall(1024, 768, "/");

    private final Browser browser = web.browser();

    @Test
    void delegateRatesEveryOfficialConfirmsAndSeesEachOutcome() {
        logInDelegate("db010");
        List<String> officials = List.of(
                "Nguyễn Văn Hùng – Chủ tịch Ủy ban nhân dân tỉnh",
                "Trần Thị Phương Thảo – Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối văn hóa – xã hội",
                "Lê Minh Khoa – Chánh án Tòa án nhân dân tỉnh");
        Vote vote = web.openWithSubjects("Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân tỉnh bầu",
                VoteKind.CONFIDENCE_RATING, officials, 1);

        browser.waitVisible("#screen-vote");
        assertThat(browser.text("#vote-heading .vote-kicker")).isEqualToIgnoringCase("Lấy phiếu tín nhiệm");
        assertThat(browser.text(".form-badge")).isEqualTo("Bỏ phiếu kín");
        assertThat(browser.texts(".mark-row .row-name")).containsExactlyElementsOf(officials);
        assertThat(browser.texts("#row-0 .mark-label")).containsExactly("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");
        assertThat(browser.texts(".row-unmarked")).containsExactly("Chưa chọn", "Chưa chọn", "Chưa chọn");
        browser.waitTextContains("#mark-count", "Còn 3/3 người chưa chọn mức");
        for (WebElement option : browser.driver().findElements(By.cssSelector(".mark-option"))) {
            assertThat(option.getSize().getHeight()).as("each level is a big touch target").isGreaterThanOrEqualTo(64);
        }
        assertThat(browser.find("#vote-continue").getAttribute("aria-disabled")).isEqualTo("true");

        tap(0, "HIGH");
        browser.waitTextContains("#mark-count", "Còn 2/3 người chưa chọn mức");
        tap(1, "LOW");
        browser.waitTextContains("#mark-count", "Còn 1/3 người chưa chọn mức");
        assertThat(browser.find("#mark-1-LOW").isSelected()).isTrue();
        assertThat(browser.find("#row-1").getAttribute("class")).contains("is-marked");
        browser.assertNoSeriousAccessibilityViolations("rating");
        scrollToTop();
        browser.screenshot("tablet-rating.png");

        // "Tiếp tục" with a row left: it stays, says how many, and takes the delegate to that row
        browser.click("#vote-continue");
        browser.waitTextContains("#mark-notice", "Bạn còn 1 người chưa chọn mức");
        assertThat(browser.present(".step-confirm")).isFalse();
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("mark-2-HIGH");
        assertThat(browser.find("#row-2").getAttribute("class")).contains("is-flagged");

        tap(2, "CONFIDENT");
        browser.waitTextContains("#mark-count", "Đã chọn đủ cho 3/3 người");
        assertThat(browser.present("#mark-notice")).isFalse();
        assertThat(browser.find("#vote-continue").getAttribute("aria-disabled")).isNull();
        browser.click("#vote-continue");
        browser.waitText(STEP, "Xác nhận lựa chọn");
        assertThat(marks("#confirm-marks")).containsExactly("Tín nhiệm cao", "Tín nhiệm thấp", "Tín nhiệm");
        assertThat(browser.texts("#confirm-marks .marks-name")).allSatisfy(n -> assertThat(n).isNotBlank());

        // "Sửa lại" keeps every mark: change one row, not all of them
        browser.click("#vote-again");
        browser.waitVisible("#vote-continue");
        assertThat(browser.find("#mark-0-HIGH").isSelected()).isTrue();
        assertThat(browser.find("#mark-2-CONFIDENT").isSelected()).isTrue();
        browser.click("#vote-continue");
        browser.waitText(STEP, "Xác nhận lựa chọn");
        browser.assertNoSeriousAccessibilityViolations("rating confirmation");
        browser.script("document.getElementById('vote-step-heading').scrollIntoView({block: 'start'});"); // all three rows
        browser.screenshot("tablet-rating-confirm.png");

        browser.click("#vote-confirm");
        browser.waitText(STEP, "✓ Đã ghi nhận biểu quyết");
        browser.waitTextMatches("#vote-receipt", RECEIPT);
        String receipt = browser.text("#vote-receipt");
        assertThat(marks("#recorded-marks")).containsExactly("Tín nhiệm cao", "Tín nhiệm thấp", "Tín nhiệm");
        assertThat(votes().hasVoted(vote.id(), delegateId("db010"))).isTrue();

        // a reload keeps the receipt; a tablet that lost its own record asks the server, which says "already voted"
        browser.driver().navigate().refresh();
        browser.waitText(STEP, "✓ Đã ghi nhận biểu quyết");
        assertThat(browser.text("#vote-receipt")).isEqualTo(receipt);
        browser.script("Object.keys(sessionStorage).filter(k => k.startsWith('dienhong.ballot.'))"
                + ".forEach(k => sessionStorage.removeItem(k));");
        browser.driver().navigate().refresh();
        browser.waitText(STEP, "✓ Bạn đã biểu quyết");
        assertThat(browser.present(".mark-option")).isFalse();

        // 36 more delegates rate elsewhere: 31 LOW of 50 for the second official, 34 LOW for the third
        castAs(range(11, 40), vote, List.of("HIGH", "LOW", "LOW"));
        castAs(range(41, 44), vote, List.of("CONFIDENT", "CONFIDENT", "LOW"));
        castAs(range(45, 46), vote, List.of("HIGH", "HIGH", "HIGH"));
        VoteResult result = votes().close(vote.id()).join();
        assertThat(result.voted()).isEqualTo(37);
        assertThat(result.subjects()).extracting(SubjectResult::outcome).containsExactly(
                SubjectOutcome.NO_CONSEQUENCE, SubjectOutcome.MAY_RESIGN, SubjectOutcome.DISMISSAL_PROPOSED);
        assertThat(result.subjects()).extracting(SubjectResult::counts).containsExactly(
                Map.of("HIGH", 33, "CONFIDENT", 4, "LOW", 0),
                Map.of("HIGH", 2, "CONFIDENT", 4, "LOW", 31),
                Map.of("HIGH", 2, "CONFIDENT", 1, "LOW", 34));

        browser.waitText(STEP, "Đã kết thúc biểu quyết");
        assertThat(browser.text(".took-part")).isEqualTo("Tham gia biểu quyết: 37/50 đại biểu (74,00%)");
        assertThat(browser.texts(".subject-result .subject-name")).hasSize(3)
                .allSatisfy(n -> assertThat(officials.stream().anyMatch(n::endsWith)).as(n).isTrue());
        assertThat(browser.texts(".subject-result[data-index='1'] .line-text")).containsExactly(
                "Tín nhiệm cao: 2/50 đại biểu (4,00%)",
                "Tín nhiệm: 4/50 đại biểu (8,00%)",
                "Tín nhiệm thấp: 31/50 đại biểu (62,00%)");
        assertThat(browser.texts(".subject-outcome .outcome-label"))
                .containsExactly("Không có hệ quả", "Có thể xin từ chức", "Đề nghị miễn nhiệm");
        assertThat(browser.text(".subject-result[data-index='2'] .outcome-reason"))
                .isEqualTo("Từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp.");
        assertThat(browser.present(".subject-result .mark-chip")).as("the result shows counts, not this ballot").isFalse();
        browser.assertNoSeriousAccessibilityViolations("rating result");
        // the picture shows the two outcomes that call for action
        browser.script("document.querySelector(\".subject-result[data-index='1']\").scrollIntoView({block: 'start'});");
        browser.screenshot("tablet-rating-result.png");

        // the language switch says the same in English
        browser.click("#lang-toggle");
        browser.waitText(".subject-result[data-index='1'] .outcome-label", "May resign");
        browser.click("#lang-toggle");
        browser.waitText(".subject-result[data-index='1'] .outcome-label", "Có thể xin từ chức");

        browser.click("#vote-back");
        browser.waitHidden("#screen-vote");
    }

    @Test
    void electionRefusesAThirdChoiceAndConfirmsABlankBallotInWords() {
        logInDelegate("db020");
        List<String> candidates = List.of("Phạm Quốc Bảo", "Hoàng Thị Mai Anh", "Đỗ Thành Trung", "Vũ Ngọc Lan Hương");
        Vote vote = web.openWithSubjects("Bầu Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2026–2031", VoteKind.ELECTION,
                candidates, 2);

        browser.waitVisible("#screen-vote");
        assertThat(browser.text("#vote-heading .vote-kicker")).isEqualToIgnoringCase("Bầu cử");
        assertThat(browser.text("#vote-hint")).contains("Bạn được chọn tối đa 2 người.");
        assertThat(browser.texts(".candidate-name")).containsExactlyElementsOf(candidates);
        browser.waitTextContains("#mark-count", "Đã chọn 0/2 người");
        tapLabel("label[for='cand-0']");
        browser.waitTextContains("#mark-count", "Đã chọn 1/2 người");
        tapLabel("label[for='cand-1']");
        browser.waitTextContains("#mark-count", "Đã chọn 2/2 người");

        // a third: refused, with the reason, and nothing changes
        tapLabel("label[for='cand-2']");
        browser.waitText("#mark-notice", "Bạn đã chọn đủ 2 người, không thể chọn thêm Đỗ Thành Trung. "
                + "Muốn chọn người này, hãy bỏ chọn một người khác trước.");
        assertThat(browser.displayed("#mark-notice")).isTrue();
        assertThat(browser.find("#cand-2").isSelected()).isFalse();
        assertThat(browser.text("#mark-count")).contains("Đã chọn 2/2 người");
        browser.assertNoSeriousAccessibilityViolations("election");
        browser.script("document.getElementById('vote-hint').scrollIntoView({block: 'start'});"); // the list in the picture
        browser.screenshot("tablet-election.png");

        // nobody chosen is a valid blank ballot, and the confirmation says so
        tapLabel("label[for='cand-0']");
        tapLabel("label[for='cand-1']");
        browser.waitTextContains("#mark-count", "Đã chọn 0/2 người");
        assertThat(browser.present("#mark-notice")).isFalse();
        browser.click("#vote-continue");
        browser.waitText(STEP, "Xác nhận lựa chọn");
        assertThat(browser.text("#confirm-summary")).isEqualTo("Bạn không chọn ai.");
        assertThat(marks("#confirm-marks")).containsOnly("Không chọn").hasSize(4);

        browser.click("#vote-again");
        tapLabel("label[for='cand-1']");
        tapLabel("label[for='cand-3']");
        browser.waitTextContains("#mark-count", "Đã chọn 2/2 người");
        browser.click("#vote-continue");
        browser.waitText("#confirm-summary", "Bạn chọn 2/2 người.");
        assertThat(marks("#confirm-marks")).containsExactly("Không chọn", "Chọn", "Không chọn", "Chọn");
        browser.click("#vote-confirm");
        browser.waitText(STEP, "✓ Đã ghi nhận biểu quyết");
        browser.waitTextMatches("#vote-receipt", RECEIPT);

        castAs(range(21, 46), vote, List.of("SELECTED", "NOT_SELECTED", "NOT_SELECTED", "SELECTED"));
        VoteResult result = votes().close(vote.id()).join();
        assertThat(result.subjects()).extracting(s -> s.count("SELECTED")).containsExactly(26, 1, 0, 27);
        assertThat(result.subjects()).extracting(SubjectResult::outcome).containsExactly(SubjectOutcome.ELECTED,
                SubjectOutcome.NOT_ELECTED, SubjectOutcome.NOT_ELECTED, SubjectOutcome.ELECTED);

        browser.waitText(STEP, "Đã kết thúc biểu quyết");
        assertThat(browser.texts(".subject-outcome .outcome-label"))
                .containsExactly("Trúng cử", "Không trúng cử", "Không trúng cử", "Trúng cử");
        assertThat(browser.texts(".subject-result[data-index='3'] .line-text")).containsExactly(
                "Chọn: 27/50 đại biểu (54,00%)", "Không chọn: 0/50 đại biểu (0,00%)");
        assertThat(browser.text(".rule-line"))
                .isEqualTo("Điều kiện trúng cử: quá nửa tổng số đại biểu chọn. Số người được bầu: 2.");
        browser.assertNoSeriousAccessibilityViolations("election result");
    }

    @Test
    void sixtyOfficialsScrollWithTheCountInSightAndTheRowLeftIsFound() {
        logInDelegate("db030");
        List<String> officials = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Nguyễn Thị Phương Thảo " + i + " – Giám đốc Sở Nông nghiệp và Môi trường").toList();
        web.openWithSubjects("Lấy phiếu tín nhiệm giữa nhiệm kỳ", VoteKind.CONFIDENCE_RATING, officials, 1);
        browser.waitVisible("#row-59");

        // every row but one, as fast as a script can tap
        browser.script("for (let i = 0; i < 60; i += 1) if (i !== 46) document.getElementById(`mark-${i}-CONFIDENT`).click();");
        browser.waitTextContains("#mark-count", "Còn 1/60 người chưa chọn mức");
        browser.script("document.getElementById('screen-vote').scrollTop = 0;");
        assertThat(inSight("#mark-count")).as("the count stays in sight at the top of the list").isTrue();
        assertThat(inSight("#vote-continue")).isTrue();
        assertThat((Boolean) browser.script("const s = document.getElementById('screen-vote');"
                + "return s.scrollWidth <= s.clientWidth && document.documentElement.scrollWidth <= innerWidth;"))
                .as("no sideways scrolling").isTrue();

        browser.click("#vote-continue");
        browser.waitTextContains("#mark-notice", "Bạn còn 1 người chưa chọn mức");
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("mark-46-HIGH");
        assertThat(inSight("#row-46 .mark-name")).as("the row left is brought into view, above the footer").isTrue();
        assertThat(inSight("#row-46 .mark-options")).isTrue();
        tap(46, "LOW");
        browser.waitTextContains("#mark-count", "Đã chọn đủ cho 60/60 người");
        browser.click("#vote-continue");
        browser.waitText(STEP, "Xác nhận lựa chọn");
        assertThat(browser.driver().findElements(By.cssSelector("#confirm-marks .marks-item"))).hasSize(60);
        assertThat(inSight("#vote-confirm")).as("the confirm button stays in sight over a long list").isTrue();
    }

    // ---- helpers ----

    private static VoteService votes() {
        return web.votes();
    }

    private void logInDelegate(String username) {
        browser.logIn(username, WebHall.DEMO_PIN);
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
    }

    /** Scrolls one official's row to the middle of the screen and taps a level on its big label, as a finger would. */
    private void tap(int row, String choice) {
        tapLabel("label[for='mark-" + row + "-" + choice + "']");
    }

    /** Scrolls a label to the middle of the screen and taps it: a finger scrolls a row out of the footer first. */
    private void tapLabel(String css) {
        browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", css);
        browser.click(css);
    }

    private void scrollToTop() {
        browser.script("document.getElementById('screen-vote').scrollTop = 0;");
    }

    /** The words of each mark in a list of marks (confirmation, receipt), without their shapes. */
    private List<String> marks(String listCss) {
        return browser.texts(listCss + " .mark-chip span:last-child");
    }

    /** Whether the element is wholly on screen and not under the footer (unless it is in the footer). */
    private boolean inSight(String css) {
        return (Boolean) browser.script("const e = document.querySelector(arguments[0]);"
                + "const r = e.getBoundingClientRect();"
                + "const footer = document.querySelector('#screen-vote .mark-footer');"
                + "const bottom = footer && !footer.contains(e) ? footer.getBoundingClientRect().top : innerHeight;"
                + "const top = document.getElementById('screen-vote').getBoundingClientRect().top;"
                + "return r.top >= top && r.bottom <= bottom + 0.5 && r.height > 0;", css);
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("db%03d", i)).toList();
    }

    private static long delegateId(String username) {
        return web.account(username).delegateId();
    }

    private static void castAs(List<String> usernames, Vote vote, List<String> marks) {
        usernames.forEach(username -> web.castMarks(vote, username, marks));
    }
}
