package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one browser set-up of the page tests: Debian's Chromium through /usr/bin/chromedriver, headless, one browser
 * per test class, downloads into target/browser-downloads, screenshots and printed PDFs into target/screenshots.
 * Without Chromium or chromedriver the tests fail when CI=true and are skipped with a loud warning otherwise.
 * A test class extends this and is a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    /** Debian's packages; -Dcxadvisor.chromium / -Dcxadvisor.chromedriver point elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getProperty("cxadvisor.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("cxadvisor.chromedriver", "/usr/bin/chromedriver"));
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();
    /** The desktop window every test starts in; {@link #phone()} is the narrow one. */
    protected static final Dimension DESKTOP = new Dimension(1280, 1000);

    @LocalServerPort
    protected int port;

    /** Why the browser tests are skipped (each test then reports itself skipped), or null. */
    private String missingBrowser;
    private ChromeDriverService service;
    protected WebDriver driver;
    /** Waits up to 30 s: the build machine is shared. */
    protected WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver); not found.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " CI=true, so this is a failure: install them (see .ci/run).");
            }
            System.err.println("""

                    ************************************************************************
                    *  WARNING: browser tests SKIPPED, the pages are UNTESTED              *
                    ************************************************************************
                    """ + "   " + getClass().getSimpleName() + ": " + message + "\n");
            missingBrowser = message;
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        Path profileDir = Files.createTempDirectory("cxadvisor-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--lang=en-US", "--window-size=1280,1000",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false,
                "profile.default_content_setting_values.automatic_downloads", 1,
                "intl.accept_languages", "en-US,en"));
        // the browser's console, to see what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void freshBrowser() {
        Assumptions.assumeTrue(missingBrowser == null, () -> "SKIPPED, the pages are untested: " + missingBrowser);
        driver.manage().window().setSize(DESKTOP);
        // Leave the previous test's page first. Without this, Back twice in onlyTheRequiredAnswersStillGiveAReport
        // left the page when that test ran right after the long-report test in the same browser (most likely
        // because Chromium treats a navigation to the URL already shown as a replacement of the history entry).
        driver.get("about:blank");
    }

    // ------------------------------------------------------------------ helpers

    /** Opens a page of the server and waits until its module has started (body[data-ready]). */
    protected void open(String path) {
        driver.get(base() + path);
        waitReady();
    }

    protected void waitReady() {
        wait.until(d -> "true".equals(js("return document.body && document.body.dataset.ready || null;")));
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    protected String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * From now on until the next page load, the page sees the JSON answers of the URLs starting with urlPrefix as
     * changed by the JavaScript statements in change, which work on the parsed answer named {@code answer}.
     */
    protected void changeAnswers(String urlPrefix, String change) {
        // the statements become part of the script itself: the page's policy allows no eval or new Function
        js("""
                const prefix = arguments[0];
                const realFetch = window.fetch;
                window.fetch = async (url, options) => {
                  const response = await realFetch(url, options);
                  if (!String(url).startsWith(prefix) || !response.ok) { return response; }
                  const answer = await response.json();
                """ + change + """
                  return new Response(JSON.stringify(answer), {status: 200, headers: {'Content-Type': 'application/json'}});
                };
                """, urlPrefix);
    }

    /** A phone-sized window (390 px wide, as an iPhone 14). */
    protected void phone() {
        driver.manage().window().setSize(new Dimension(390, 900));
    }

    /** The page does not scroll sideways, and no element sticks out to the right of the window. */
    protected void assertNoHorizontalOverflow() {
        Object sticking = js("""
                const width = document.documentElement.clientWidth;
                const out = [];
                document.querySelectorAll('body *').forEach((e) => {
                  const r = e.getBoundingClientRect();
                  const clipped = e.closest('.visually-hidden, [hidden], .sc-sweep-chart');
                  if (!clipped && r.width > 0 && r.right > width + 1) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right));
                  }
                });
                return out.slice(0, 10).join(', ');
                """);
        assertThat(String.valueOf(sticking)).as("elements wider than the window").isEmpty();
        assertThat(((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .intValue()).as("sideways scrolling of the page").isLessThanOrEqualTo(0);
    }

    /**
     * Nothing the page did was refused by the server's Content-Security-Policy (no inline script, no style
     * attribute, no foreign source) since the last call: the browser reports each refusal on its console.
     */
    protected void assertNoCspViolations() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
    }

    /** A screenshot of the whole page (the window grown to the page's height) or of the current viewport. */
    protected void screenshot(String file, boolean fullPage) throws IOException {
        Dimension before = driver.manage().window().getSize();
        if (fullPage) {
            long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 12000)));
        }
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(file), png);
        driver.manage().window().setSize(before);
    }

    protected void elementScreenshot(String file, String id) throws IOException {
        WebElement element = driver.findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'start'});", element);
        Files.write(SCREENSHOTS.resolve(file), element.getScreenshotAs(OutputType.BYTES));
    }

    protected void printToPdf(String file) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setBackground(true);
        String base64 = ((PrintsPage) driver).print(options).getContent();
        byte[] pdf = Base64.getDecoder().decode(base64);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve(file), pdf);
    }
}
