package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.dienhong.logic.VoteService;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteResult;

/**
 * The vote screen of the delegate tablet in a real Chromium against a real hall: the operator opens a
 * vote through the Java services and it covers the tablet without a reload; the delegate chooses,
 * confirms and gets a receipt the server agrees with; a reload mid-vote still shows "already voted";
 * a ballot confirmed during a Wi-Fi drop is re-sent with the same id and counted once, and one whose
 * answer was lost gets its receipt from that retry even after the vote has closed; refusals and
 * cancellations say what happened in Vietnamese; guests follow without buttons; the result shows
 * counts of the total with a decimal comma. Screenshots: tablet-vote.png, tablet-vote-result.png.
 */
class TabletVoteBrowserTest {
    private static final String STEP = "#vote-step-heading";
    private static final String RECEIPT = "[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}";

    /** A 10-inch tablet held in landscape; a vote a test leaves open is cancelled after it. */
    @RegisterExtension
    static final WebHall web = new WebHall(1024, 768, "/");

    private final Browser browser = web.browser();

    @Test
    void delegateVotesSeesReceiptAndResult() {
        logInDelegate("db010");
        browser.script("window.__sameTablet = true;");
        String title = "Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026–2030";
        Vote vote = open(title, VoteForm.OPEN, null);

        // the overlay appears by itself, heading focused, over the meeting screen
        browser.waitVisible("#screen-vote");
        assertThat(browser.script("return window.__sameTablet === true;")).isEqualTo(true);
        assertThat(browser.text("#vote-heading .vote-kicker")).isEqualToIgnoringCase("Biểu quyết");
        assertThat(browser.text("#vote-heading .vote-title")).isEqualTo(title);
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("vote-heading");
        assertThat(browser.text(".form-badge")).contains("Biểu quyết công khai");
        assertThat(browser.texts(".btn-choice .choice-label")).containsExactly("Tán thành", "Không tán thành",
                "Không biểu quyết");
        for (WebElement button : browser.driver().findElements(By.cssSelector(".btn-choice"))) {
            assertThat(button.getSize().getHeight()).as("choice buttons are huge touch targets").isGreaterThanOrEqualTo(90);
        }
        assertThat(browser.script("return document.getElementById('screen-meeting').inert;")).isEqualTo(true);
        browser.assertNoSeriousAccessibilityViolations("vote");
        browser.screenshot("tablet-vote.png");

        // choose, think again, choose, confirm
        browser.click("#choice-REJECT");
        browser.waitText(STEP, "Xác nhận lựa chọn: Không tán thành?");
        browser.click("#vote-again");
        browser.waitVisible("#choice-APPROVE");
        browser.click("#choice-APPROVE");
        browser.waitText(STEP, "Xác nhận lựa chọn: Tán thành?");
        assertThat(browser.text("#vote-confirm")).contains("Xác nhận");
        assertThat(browser.text("#vote-again")).contains("Chọn lại");
        browser.assertNoSeriousAccessibilityViolations("vote confirmation");
        browser.screenshot("tablet-vote-confirm.png");
        browser.click("#vote-confirm");
        browser.waitText(STEP, "✓ Đã ghi nhận biểu quyết");
        browser.waitTextMatches("#vote-receipt", RECEIPT);
        String receipt = browser.text("#vote-receipt");
        assertThat(browser.text(".receipt .choice-chip")).contains("Tán thành");
        assertThat(votes().hasVoted(vote.id(), delegateId("db010"))).isTrue();
        browser.assertNoSeriousAccessibilityViolations("vote receipt");
        browser.screenshot("tablet-vote-receipt.png");

        // reload mid-vote: the tablet still knows, from its own record and from the server
        browser.driver().navigate().refresh();
        browser.waitText(STEP, "✓ Đã ghi nhận biểu quyết");
        assertThat(browser.text("#vote-receipt")).isEqualTo(receipt);
        // a tablet that lost its own record (another tab, storage cleared) asks the server
        browser.script("Object.keys(sessionStorage).filter(k => k.startsWith('dienhong.ballot.'))"
                + ".forEach(k => sessionStorage.removeItem(k));");
        browser.driver().navigate().refresh();
        browser.waitText(STEP, "✓ Bạn đã biểu quyết");
        assertThat(browser.present(".btn-choice")).isFalse();

        // 30 more delegates vote elsewhere, then the operator closes the vote
        castAs(List.of("db011", "db012", "db013", "db014", "db015", "db016", "db017", "db018", "db019", "db020",
                "db021", "db022", "db023", "db024", "db025", "db026", "db027", "db028", "db029", "db030",
                "db031", "db032", "db033", "db034", "db035"), vote, "APPROVE");
        castAs(List.of("db036", "db037", "db038"), vote, "REJECT");
        castAs(List.of("db039", "db040"), vote, "ABSTAIN");
        VoteResult result = votes().close(vote.id()).join();
        assertThat(result.approve()).isEqualTo(26);
        assertThat(result.voted()).isEqualTo(31);

        browser.waitText(STEP, "Đã kết thúc biểu quyết");
        assertThat(browser.texts(".result-line .line-text")).containsExactly(
                "Tán thành: 26/50 đại biểu (52,00%)",
                "Không tán thành: 3/50 đại biểu (6,00%)",
                "Không biểu quyết: 2/50 đại biểu (4,00%)",
                "Không tham gia biểu quyết: 19/50 đại biểu (38,00%)");
        assertThat(browser.text(".took-part")).isEqualTo("Tham gia biểu quyết: 31/50 đại biểu (62,00%)");
        assertThat(browser.text("#vote-outcome")).isEqualTo("✓ Nghị quyết được thông qua");
        assertThat(browser.text(".step-result")).contains("Điều kiện thông qua: quá nửa tổng số đại biểu tán thành.");
        browser.assertNoSeriousAccessibilityViolations("vote result");
        browser.screenshot("tablet-vote-result.png");

        browser.click("#vote-back");
        browser.waitHidden("#screen-vote");
        browser.waitVisible("#agenda-list");
    }

    @Test
    void guestFollowsTheVoteWithoutButtonsAndSeesItCancelled() {
        browser.logIn("guest", "guest-demo");
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
        String title = "Bỏ phiếu kín bầu Ủy viên Ủy ban nhân dân tỉnh";
        open(title, VoteForm.SECRET, 300);

        browser.waitVisible("#screen-vote");
        assertThat(browser.text("#vote-heading .vote-title")).isEqualTo(title);
        assertThat(browser.text(".form-badge")).contains("Bỏ phiếu kín");
        browser.waitText(STEP, "ℹ Bạn theo dõi biểu quyết, không tham gia bỏ phiếu.");
        assertThat(browser.present(".btn-choice")).isFalse();
        assertThat(browser.text("#vote-timer")).startsWith("Thời gian còn lại:");
        browser.waitTextMatches("#vote-countdown", "0[45]:[0-5][0-9]");
        browser.assertNoSeriousAccessibilityViolations("vote (guest)");
        browser.screenshot("tablet-vote-guest.png");

        votes().cancel(votes().current().orElseThrow().id()).join();
        browser.waitHidden("#screen-vote");
        browser.waitText("#vote-notice", "Biểu quyết “" + title + "” đã bị hủy.");
    }

    @Test
    void portraitTabletShowsTheSameVoteScreen() {
        logInDelegate("db041");
        browser.setViewport(800, 1280);
        try {
            open("Biểu quyết thông qua Nghị quyết về giá đất năm 2027", VoteForm.OPEN, 120);
            browser.waitVisible("#choice-ABSTAIN");
            for (String id : List.of("#choice-APPROVE", "#choice-REJECT", "#choice-ABSTAIN", "#vote-countdown")) {
                WebElement e = browser.find(id);
                assertThat(e.getLocation().getY() + e.getSize().getHeight()).as(id + " fits on the screen")
                        .isLessThanOrEqualTo(1280);
            }
            browser.assertNoSeriousAccessibilityViolations("vote (portrait)");
            browser.screenshot("tablet-vote-portrait.png");
        } finally {
            browser.setViewport(1024, 768);
        }
    }

    @Test
    void ballotConfirmedDuringWifiDropIsRetriedWithTheSameIdAndCountedOnce() {
        logInDelegate("db042");
        Vote vote = open("Biểu quyết thông qua Nghị quyết về biên chế công chức năm 2027", VoteForm.SECRET, null);
        browser.click("#choice-REJECT");
        browser.waitText(STEP, "Xác nhận lựa chọn: Không tán thành?");

        browser.setOffline(true);
        browser.click("#vote-confirm");
        browser.waitText(STEP, "Đang gửi… (mất kết nối, đang thử lại)");
        assertThat(browser.text(".step-sending")).doesNotContain("Đã ghi nhận");
        assertThat(votes().hasVoted(vote.id(), delegateId("db042"))).isFalse();
        String stored = storedBallotId();
        assertThat(stored).matches("[0-9a-f]{32}");

        browser.setOffline(false);
        browser.waitText(STEP, "✓ Đã ghi nhận biểu quyết");
        browser.waitTextMatches("#vote-receipt", RECEIPT);
        assertThat(browser.text(".step-recorded")).contains("Bỏ phiếu kín: lựa chọn này chỉ hiện trên máy tính bảng của bạn.");
        assertThat(storedBallotId()).isEqualTo(stored);

        VoteResult result = votes().close(vote.id()).join();
        assertThat(result.reject()).isEqualTo(1);
        assertThat(result.voted()).isEqualTo(1);
    }

    @Test
    void secondBallotFromElsewhereIsRefusedInWords() {
        logInDelegate("db043");
        Vote vote = open("Biểu quyết thông qua Nghị quyết về chương trình giám sát năm 2027", VoteForm.OPEN, null);
        browser.waitVisible("#choice-ABSTAIN");
        castAs(List.of("db043"), vote, "APPROVE"); // the same delegate, from another device

        browser.click("#choice-ABSTAIN");
        browser.click("#vote-confirm");
        browser.waitText(STEP, "Bạn đã biểu quyết nội dung này.");
        assertThat(votes().result(vote.id()).abstain()).isZero();
    }

    @Test
    void ballotStillUnsentWhenTheVoteClosesIsReportedAsNotRecorded() {
        logInDelegate("db044");
        Vote vote = open("Biểu quyết thông qua Nghị quyết về phí tham quan danh lam thắng cảnh", VoteForm.OPEN, null);
        browser.click("#choice-APPROVE");
        browser.setOffline(true);
        browser.click("#vote-confirm");
        browser.waitText(STEP, "Đang gửi… (mất kết nối, đang thử lại)");

        votes().close(vote.id()).join();
        browser.setOffline(false);
        browser.waitText(STEP, "Đã kết thúc biểu quyết");
        browser.waitText(".own-ballot", "Biểu quyết đã kết thúc trước khi phiếu được ghi nhận.");
        assertThat(votes().result(vote.id()).voted()).isZero();
    }

    @Test
    void ballotWhoseAnswerWasLostGetsItsReceiptAfterTheVoteClosed() {
        logInDelegate("db045");
        Vote vote = open("Bỏ phiếu kín thông qua Nghị quyết về học phí năm học 2027–2028", VoteForm.SECRET, null);
        browser.click("#choice-APPROVE");
        browser.waitText(STEP, "Xác nhận lựa chọn: Tán thành?");

        // The ballot reaches the server and is recorded; the Wi-Fi drops before its answer reaches the tablet.
        loseTheAnswerOfTheNextBallot();
        browser.click("#vote-confirm");
        browser.waitUntil("the ballot should reach the server",
                () -> Boolean.TRUE.equals(browser.script("return window.__ballotReachedServer === true;")));
        assertThat(votes().hasVoted(vote.id(), delegateId("db045"))).isTrue();
        String stored = storedBallotId();
        browser.setOffline(true);
        browser.script("window.__loseBallotAnswer();");
        browser.waitText(STEP, "Đang gửi… (mất kết nối, đang thử lại)");

        // The vote closes while the tablet is away; back online, its retry with the same id gets the receipt.
        votes().close(vote.id()).join();
        browser.setOffline(false);
        browser.waitText(STEP, "Đã kết thúc biểu quyết");
        browser.waitTextMatches(".own-ballot .receipt-code", RECEIPT);
        assertThat(browser.text(".own-ballot")).contains("Tán thành");
        assertThat(storedBallotId()).isEqualTo(stored);
        assertThat(browser.script("return window.__ballotRepeated;")).isEqualTo(true);
        VoteResult result = votes().result(vote.id());
        assertThat(result.approve()).isEqualTo(1);
        assertThat(result.voted()).isEqualTo(1);
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

    private static Vote open(String title, VoteForm form, Integer countdownSeconds) {
        return web.open(title, form, countdownSeconds);
    }

    private static long delegateId(String username) {
        return web.account(username).delegateId();
    }

    private static void castAs(List<String> usernames, Vote vote, String choice) {
        usernames.forEach(username -> web.cast(vote, username, choice));
    }

    /**
     * The next ballot request goes to the server, but the page holds its answer until the test calls
     * {@code window.__loseBallotAnswer()} (with the network off by then), and then drops it like a lost
     * connection would. Holding it makes the order certain: recorded, offline, answer lost. Later
     * requests (the retries) go out as usual; {@code window.__ballotRepeated} keeps whether the server
     * took the last one for a repeat.
     */
    private void loseTheAnswerOfTheNextBallot() {
        browser.script("const realFetch = window.fetch.bind(window);"
                + "let lose;"
                + "const lost = new Promise(resolve => { lose = resolve; });"
                + "window.__loseBallotAnswer = lose;"
                + "window.fetch = async (url, init) => {"
                + "  if (!String(url).endsWith('/ballots')) return realFetch(url, init);"
                + "  const answer = await realFetch(url, init);"
                + "  if (window.__ballotReachedServer) {"
                + "    window.__ballotRepeated = (await answer.clone().json()).repeated;"
                + "    return answer;"
                + "  }"
                + "  window.__ballotReachedServer = true;"
                + "  await lost;"
                + "  throw new TypeError('Failed to fetch');"
                + "};");
    }

    private String storedBallotId() {
        return (String) browser.script("const k = Object.keys(sessionStorage).find(k => k.startsWith('dienhong.ballot.'));"
                + "return k ? JSON.parse(sessionStorage.getItem(k)).ballotId : null;");
    }
}
