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
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Debian Chromium of every browser test (the one place its setup lives): waits, CDP offline
 * switch, axe-core scan and screenshots (to {@code target/screenshots/}, and also to
 * {@code -Ddienhong.screenshots=docs/screenshots} when given). Needs Debian {@code chromium} and
 * {@code chromium-driver}. Test classes get one through {@link WebHall}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);
    /** The connection badge in the top bar of both pages, and what it reads once the live socket is up. */
    static final String CONNECTION = "#connection .connection-text";
    static final String CONNECTED = "Đã kết nối";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start(int width, int height) throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("browser tests need Debian chromium: apt-get install -y --no-install-recommends chromium chromium-driver")
                .isTrue();
        Path profile = Files.createTempDirectory("dienhong-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        Browser browser = new Browser(driver, profile);
        browser.setViewport(width, height);
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A device nobody has used: no cookie, no token, no stored ballot, Vietnamese; then opens {@code url}. */
    void fresh(String url) {
        setOffline(false);
        // Storage is cleared on a page of the same origin that runs no script: a page of the app itself could
        // still be writing to it (a stored ballot, the last result) while it is being cleared.
        driver.get(java.net.URI.create(url).resolve("/api/v1/health").toString());
        driver.manage().deleteAllCookies();
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.get(url);
        waitVisible("#login-form");
    }

    void logIn(String username, String pin) {
        type("#username", username);
        type("#pin", pin);
        click("#login-submit");
    }

    String text(String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.cssSelector(css)).getText().trim();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** The rendered texts of all matches, read in one go: screens re-render while events arrive. */
    @SuppressWarnings("unchecked")
    List<String> texts(String css) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText.trim());", css);
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    boolean displayed(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void type(String css, String value) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(value);
    }

    void click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /**
     * Clicks like {@link #click} after scrolling the element to the middle of the page, as a finger would:
     * WebDriver scrolls it only to the bottom edge, where a bar fixed at the bottom (the tablet's sections) covers it.
     */
    void tap(String css) {
        WebElement element = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        driver.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });", element);
        element.click();
    }

    void waitVisible(String css) {
        new WebDriverWait(driver, WAIT).withMessage(() -> css + " should be visible")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitHidden(String css) {
        new WebDriverWait(driver, WAIT).withMessage(() -> css + " should be hidden")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitText(String css, String expected) {
        try {
            new WebDriverWait(driver, WAIT)
                    .withMessage(() -> css + " should read \"" + expected + "\" but reads \"" + safeText(css) + "\"")
                    .until(d -> expected.equals(safeText(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            keepFailure();
            throw e;
        }
    }

    /** What the page showed when a wait failed: target/screenshots/failed-N.png and the page text. */
    void keepFailure() {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            long n = System.nanoTime();
            Files.write(dir.resolve("failed-" + n + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            System.out.println("wait failed, screenshot failed-" + n + ".png; page reads:\n"
                    + driver.findElement(By.tagName("body")).getText());
        } catch (IOException | RuntimeException e) {
            System.out.println("could not keep the failed page: " + e);
        }
    }

    void waitTextContains(String css, String expected) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> css + " should contain \"" + expected + "\" but reads \"" + safeText(css) + "\"")
                .until(d -> safeText(css).contains(expected));
    }

    void waitTextMatches(String css, String regex) {
        Pattern pattern = Pattern.compile(regex);
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> css + " should match /" + regex + "/ but reads \"" + safeText(css) + "\"")
                .until(d -> pattern.matcher(safeText(css)).matches());
    }

    private String safeText(String css) {
        try {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() ? "<absent>" : found.get(0).getText().trim();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "<re-rendered>";
        }
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Runs a script that reports by calling its last argument, e.g. after a fetch. */
    Object asyncScript(String js, Object... args) {
        return driver.executeAsyncScript(js, args);
    }

    /** Waits for something other than an element's text, such as a count or a flag the page sets. */
    void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).withMessage(() -> what).until(d -> condition.getAsBoolean());
    }

    /** Like the hall Wi-Fi dropping: Chromium's own network emulation closes the socket and fails requests. */
    void setOffline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Sizes the window so that the page itself (not the window) has the device's size. */
    void setViewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        driver.manage().window().setSize(new Dimension(2 * width - inner.get(0).intValue(),
                2 * height - inner.get(1).intValue()));
    }

    void assertNoSeriousAccessibilityViolations(String page) {
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

    void screenshot(String name) {
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
