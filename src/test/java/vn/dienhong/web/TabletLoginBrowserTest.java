package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dienhong.TestHall;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.MeetingSnapshot;

/**
 * The delegate tablet web app in a real Chromium against a real hall with the demo session: login in
 * Vietnamese, the meeting screen, live agenda moves, reconnecting after a Wi-Fi drop, and an axe-core
 * accessibility scan of both screens.
 * <p>
 * Needs Debian {@code chromium} and {@code chromium-driver}. Screenshots at tablet size go to
 * {@code target/screenshots/}; with {@code -Ddienhong.screenshots=docs/screenshots} they are also
 * written there.
 */
class TabletLoginBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DEMO_PIN = "246810";
    private static final String CONNECTED = "Đã kết nối";
    private static final String RECONNECTING = "Mất kết nối – đang kết nối lại…";
    private static final String CONNECTION = "#connection .connection-text";

    private static TestHall hall;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startHallAndBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("browser tests need Debian chromium: apt-get install -y --no-install-recommends chromium chromium-driver")
                .isTrue();
        hall = TestHall.start();
        profile = Files.createTempDirectory("dienhong-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        setViewport(1024, 768); // a 10-inch tablet held in landscape
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (hall != null) {
            hall.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Every test starts on a tablet nobody has used: no cookie, no token, Vietnamese. */
    @BeforeEach
    void freshTablet() {
        setOffline(false);
        driver.get(hall.baseUrl() + "/");
        driver.manage().deleteAllCookies();
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.get(hall.baseUrl() + "/");
        waitVisible("#login-form");
    }

    @Test
    void loginScreenIsInVietnameseAndAccessible() {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(text("#login-heading")).isEqualTo("Đăng nhập");
        assertThat(text("label[for=username]")).isEqualTo("Tên đăng nhập");
        assertThat(text("label[for=pin]")).isEqualTo("Mã PIN");
        WebElement pin = driver.findElement(By.id("pin"));
        assertThat(pin.getAttribute("type")).isEqualTo("password");
        assertThat(pin.getAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(pin.getAttribute("inputmode")).isNull();
        assertThat(text("#login-submit")).isEqualTo("Đăng nhập");
        waitText(CONNECTION, CONNECTED);

        assertNoSeriousAccessibilityViolations("login");
        screenshot("tablet-login.png");
    }

    @Test
    void wrongPinShowsWhatHappenedInVietnamese() {
        type("#username", "db001");
        type("#pin", "000000");
        click("#login-submit");

        waitText("#login-error", "Tên đăng nhập hoặc mã PIN không đúng. Vui lòng kiểm tra và thử lại.");
        assertThat(driver.findElement(By.id("screen-meeting")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("pin")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void tooManyWrongPinsSaysWhenToTryAgain() {
        // Use up this account's allowance from this address without the UI, then try once more on screen.
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(async () => { let s = 0;"
                + "  for (let i = 0; i < 30 && s !== 429; i++) {"
                + "    s = (await fetch('/api/v1/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },"
                + "      body: JSON.stringify({ username: 'db050', pin: '000000' }) })).status; }"
                + "  done(s); })();");
        assertThat(status).isEqualTo(429L);

        type("#username", "db050");
        type("#pin", "000000");
        click("#login-submit");
        new WebDriverWait(driver, WAIT).until(d -> text("#login-error").matches(
                "Bạn đã nhập sai quá nhiều lần\\. Vui lòng thử lại sau \\d+ phút hoặc liên hệ kỹ thuật viên\\."));
    }

    @Test
    void delegateSeesTheMeetingAndAgenda() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("db001");

        waitText("#meeting-title", meeting.meeting().title());
        assertThat(text("#council-line")).isEqualTo(meeting.council().name() + " khóa " + meeting.council().term());
        assertThat(text("#demo-badge")).isEqualTo("DEMO – dữ liệu minh họa");
        assertThat(text("#user-name")).isNotBlank();
        assertThat(text("#logout")).isEqualTo("Đăng xuất");
        assertThat(text("#current-heading")).isEqualTo("Nội dung đang thảo luận");
        assertThat(text("#agenda-heading")).isEqualTo("Chương trình kỳ họp");
        assertThat(text("#sitting-line")).startsWith(meeting.sittings().get(0).title()).contains("khai mạc lúc 08:00");

        List<String> shown = driver.findElements(By.cssSelector("#agenda-list .agenda-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsExactlyElementsOf(meeting.agenda().stream().map(AgendaItem::title).toList());
        AgendaItem current = currentItem(meeting);
        assertThat(text("#current-item .current-title")).isEqualTo(current.title());
        WebElement marked = driver.findElement(By.cssSelector("#agenda-list [aria-current=true]"));
        assertThat(marked.getText()).contains(current.title()).contains("Đang thảo luận");
        waitText(CONNECTION, CONNECTED);

        assertNoSeriousAccessibilityViolations("meeting");
        screenshot("tablet-meeting.png");
        setViewport(800, 1280); // the same tablet held upright
        try {
            waitVisible("#agenda-list");
            assertNoSeriousAccessibilityViolations("meeting (portrait)");
            screenshot("tablet-meeting-portrait.png");
        } finally {
            setViewport(1024, 768);
        }
    }

    @Test
    void operatorMovingTheAgendaReachesTheTabletWithoutReload() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("db002");
        waitText(CONNECTION, CONNECTED);
        driver.executeScript("window.__sameTablet = true;");

        AgendaItem next = otherItem(meeting, currentItem(meeting));
        assertThat(hall.services().meetings().moveTo(next.id()).join()).isTrue();

        waitText("#current-item .current-title", next.title());
        WebElement marked = driver.findElement(By.cssSelector("#agenda-list [aria-current=true]"));
        assertThat(marked.getText()).contains(next.title()).contains("Đang thảo luận");
        assertThat(driver.executeScript("return window.__sameTablet === true;")).isEqualTo(true);
    }

    @Test
    void tabletReconnectsAfterWifiDropAndCatchesUp() {
        MeetingSnapshot meeting = hall.services().meetings().current().orElseThrow();
        logIn("db003");
        waitText(CONNECTION, CONNECTED);
        driver.executeScript("window.__sameTablet = true;");

        setOffline(true);
        waitText(CONNECTION, RECONNECTING);
        AgendaItem next = otherItem(meeting, currentItem(meeting));
        hall.services().meetings().moveTo(next.id()).join();
        assertThat(text("#meeting-title")).isEqualTo(meeting.meeting().title()); // still reading, not logged out

        setOffline(false);
        waitText(CONNECTION, CONNECTED);
        waitText("#current-item .current-title", next.title());
        assertThat(driver.executeScript("return window.__sameTablet === true;")).isEqualTo(true);
    }

    @Test
    void endedSessionSendsTheDelegateBackToLogin() {
        logIn("db004");
        waitText(CONNECTION, CONNECTED);
        Object accountId = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/v1/me').then(r => r.json()).then(a => done(a.id));");
        hall.services().auth().endAllSessions(((Number) accountId).longValue());

        driver.navigate().refresh();
        waitVisible("#login-form");
        waitText("#login-notice", "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
    }

    @Test
    void englishIsOneTapAwayAndRemembered() {
        click("#lang-toggle");
        waitText("#login-heading", "Log in");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.navigate().refresh();
        waitText("#login-heading", "Log in");
        assertThat(text("#lang-toggle")).isEqualTo("Tiếng Việt");
        click("#lang-toggle");
        waitText("#login-heading", "Đăng nhập");
    }

    // ---- helpers ----

    private static void logIn(String username) {
        type("#username", username);
        type("#pin", DEMO_PIN);
        click("#login-submit");
        waitVisible("#meeting-body");
    }

    private static AgendaItem currentItem(MeetingSnapshot meeting) {
        return meeting.agenda().stream().filter(i -> i.id() == meeting.meeting().currentAgendaItemId())
                .findFirst().orElseThrow();
    }

    private static AgendaItem otherItem(MeetingSnapshot meeting, AgendaItem current) {
        return meeting.agenda().stream().filter(i -> i.id() != current.id()).skip(2).findFirst().orElseThrow();
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    private static void type(String css, String value) {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(value);
    }

    private static void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private static void waitVisible(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void waitText(String css, String expected) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> css + " should read \"" + expected + "\" but reads \"" + text(css) + "\"")
                .until(d -> text(css).equals(expected));
    }

    /** Like the hall Wi-Fi dropping: Chromium's own network emulation closes the socket and fails requests. */
    private static void setOffline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Sizes the window so that the page itself (not the window) has the tablet's size. */
    private static void setViewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        driver.manage().window().setSize(new Dimension(2 * width - inner.get(0).intValue(),
                2 * height - inner.get(1).intValue()));
    }

    private static void assertNoSeriousAccessibilityViolations(String page) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getErrorMessage()).as("axe-core failed on the " + page + " page").isNull();
        System.out.println("axe-core on the " + page + " page: " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated" + (results.getViolations().isEmpty() ? ""
                        : ":\n" + describe(results.getViolations())));
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(serious).as(() -> "serious or critical axe-core violations on the " + page + " page:\n"
                + describe(serious)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> "- [" + r.getImpact() + "] " + r.getId() + ": " + r.getHelp() + "\n    "
                + r.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary())
                        .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    private static void screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Path target = Path.of("target", "screenshots", name);
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            String docs = System.getProperty("dienhong.screenshots");
            if (docs != null && !docs.isBlank()) {
                Path copy = Path.of(docs).resolve(name);
                Files.createDirectories(copy.getParent());
                Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
