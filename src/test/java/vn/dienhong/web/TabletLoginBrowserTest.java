package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.dienhong.TestHall;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.MeetingSnapshot;

/**
 * The delegate tablet web app in a real Chromium against a real hall with the demo session: login in
 * Vietnamese, the meeting screen, live agenda moves, reconnecting after a Wi-Fi drop, and an axe-core
 * accessibility scan of both screens. Screenshots at tablet size: see {@link Browser}.
 */
class TabletLoginBrowserTest {
    private static final String RECONNECTING = "Mất kết nối – đang kết nối lại…";

    /** A 10-inch tablet held in landscape; every test starts on one nobody has used: no cookie, no token, Vietnamese. */
    @RegisterExtension
    static final WebHall web = new WebHall(1024, 768, "/");

    private final TestHall hall = web.hall();
    private final Browser browser = web.browser();

    @Test
    void loginScreenIsInVietnameseAndAccessible() {
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.text("#login-heading")).isEqualTo("Đăng nhập");
        assertThat(browser.text("label[for=username]")).isEqualTo("Tên đăng nhập");
        assertThat(browser.text("label[for=pin]")).isEqualTo("Mã PIN");
        WebElement pin = browser.find("#pin");
        assertThat(pin.getAttribute("type")).isEqualTo("password");
        assertThat(pin.getAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(pin.getAttribute("inputmode")).isNull();
        assertThat(browser.text("#login-submit")).isEqualTo("Đăng nhập");
        browser.waitText(CONNECTION, CONNECTED);

        browser.assertNoSeriousAccessibilityViolations("login");
        browser.screenshot("tablet-login.png");
    }

    @Test
    void wrongPinShowsWhatHappenedInVietnamese() {
        browser.type("#username", "db001");
        browser.type("#pin", "000000");
        browser.click("#login-submit");

        browser.waitText("#login-error", "Tên đăng nhập hoặc mã PIN không đúng. Vui lòng kiểm tra và thử lại.");
        assertThat(browser.find("#screen-meeting").isDisplayed()).isFalse();
        assertThat(browser.find("#pin").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void tooManyWrongPinsSaysWhenToTryAgain() {
        // Use up this account's allowance from this address without the UI, then try once more on screen.
        Object status = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "(async () => { let s = 0;"
                + "  for (let i = 0; i < 30 && s !== 429; i++) {"
                + "    s = (await fetch('/api/v1/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },"
                + "      body: JSON.stringify({ username: 'db050', pin: '000000' }) })).status; }"
                + "  done(s); })();");
        assertThat(status).isEqualTo(429L);

        browser.type("#username", "db050");
        browser.type("#pin", "000000");
        browser.click("#login-submit");
        browser.waitTextMatches("#login-error",
                "Bạn đã nhập sai quá nhiều lần\\. Vui lòng thử lại sau \\d+ phút hoặc liên hệ kỹ thuật viên\\.");
    }

    @Test
    void delegateSeesTheMeetingAndAgenda() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("db001");

        browser.waitText("#meeting-title", meeting.meeting().title());
        assertThat(browser.text("#council-line")).isEqualTo(meeting.council().name() + " khóa " + meeting.council().term());
        assertThat(browser.text("#demo-badge")).isEqualTo("DEMO – dữ liệu minh họa");
        assertThat(browser.text("#user-name")).isNotBlank();
        assertThat(browser.text("#logout")).isEqualTo("Đăng xuất");
        assertThat(browser.text("#current-heading")).isEqualTo("Nội dung đang thảo luận");
        assertThat(browser.text("#agenda-heading")).isEqualTo("Chương trình kỳ họp");
        assertThat(browser.text("#sitting-line")).startsWith(meeting.sittings().get(0).title()).contains("khai mạc lúc 08:00");

        List<String> shown = browser.driver().findElements(By.cssSelector("#agenda-list .agenda-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsExactlyElementsOf(meeting.agenda().stream().map(AgendaItem::title).toList());
        AgendaItem current = currentItem(meeting);
        assertThat(browser.text("#current-item .current-title")).isEqualTo(current.title());
        WebElement marked = browser.find("#agenda-list [aria-current=true]");
        assertThat(marked.getText()).contains(current.title()).contains("Đang thảo luận");
        browser.waitText(CONNECTION, CONNECTED);

        browser.assertNoSeriousAccessibilityViolations("meeting");
        browser.screenshot("tablet-meeting.png");
        browser.setViewport(800, 1280); // the same tablet held upright
        try {
            browser.waitVisible("#agenda-list");
            browser.assertNoSeriousAccessibilityViolations("meeting (portrait)");
            browser.screenshot("tablet-meeting-portrait.png");
        } finally {
            browser.setViewport(1024, 768);
        }
    }

    @Test
    void operatorMovingTheAgendaReachesTheTabletWithoutReload() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("db002");
        browser.waitText(CONNECTION, CONNECTED);
        browser.script("window.__sameTablet = true;");

        AgendaItem next = otherItem(meeting, currentItem(meeting));
        assertThat(hall.services().meetings().moveTo(next.id()).join()).isTrue();

        browser.waitText("#current-item .current-title", next.title());
        WebElement marked = browser.find("#agenda-list [aria-current=true]");
        assertThat(marked.getText()).contains(next.title()).contains("Đang thảo luận");
        assertThat(browser.script("return window.__sameTablet === true;")).isEqualTo(true);
    }

    @Test
    void tabletReconnectsAfterWifiDropAndCatchesUp() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("db003");
        browser.waitText(CONNECTION, CONNECTED);
        browser.script("window.__sameTablet = true;");

        browser.setOffline(true);
        browser.waitText(CONNECTION, RECONNECTING);
        AgendaItem next = otherItem(meeting, currentItem(meeting));
        hall.services().meetings().moveTo(next.id()).join();
        assertThat(browser.text("#meeting-title")).isEqualTo(meeting.meeting().title()); // still reading, not logged out

        browser.setOffline(false);
        browser.waitText(CONNECTION, CONNECTED);
        browser.waitText("#current-item .current-title", next.title());
        assertThat(browser.script("return window.__sameTablet === true;")).isEqualTo(true);
    }

    @Test
    void endedSessionSendsTheDelegateBackToLogin() {
        logIn("db004");
        browser.waitText(CONNECTION, CONNECTED);
        Object accountId = browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/v1/me').then(r => r.json()).then(a => done(a.id));");
        hall.services().auth().endAllSessions(((Number) accountId).longValue());

        browser.driver().navigate().refresh();
        browser.waitVisible("#login-form");
        browser.waitText("#login-notice", "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
    }

    @Test
    void englishIsOneTapAwayAndRemembered() {
        browser.click("#lang-toggle");
        browser.waitText("#login-heading", "Log in");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.driver().navigate().refresh();
        browser.waitText("#login-heading", "Log in");
        assertThat(browser.text("#lang-toggle")).isEqualTo("Tiếng Việt");
        browser.click("#lang-toggle");
        browser.waitText("#login-heading", "Đăng nhập");
    }

    // ---- helpers ----

    private void logIn(String username) {
        browser.logIn(username, WebHall.DEMO_PIN);
        browser.waitVisible("#meeting-body");
    }

    private static AgendaItem currentItem(MeetingSnapshot meeting) {
        return meeting.agenda().stream().filter(i -> i.id() == meeting.meeting().currentAgendaItemId())
                .findFirst().orElseThrow();
    }

    private static AgendaItem otherItem(MeetingSnapshot meeting, AgendaItem current) {
        return meeting.agenda().stream().filter(i -> i.id() != current.id()).skip(2).findFirst().orElseThrow();
    }
}
