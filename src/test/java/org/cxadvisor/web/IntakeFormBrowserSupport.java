package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cxadvisor.profile.ProfileField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser, page and helpers shared by IntakeFormBrowserTest (shipped rules) and IntakeFormSmallRulesBrowserTest (a small
 * fixed knowledge base). The intake form at / in a real browser (Debian's Chromium through /usr/bin/chromedriver, headless): a user fills in
 * the questionnaire, gets the report, switches to Dutch, meets a server-side validation error, saves and reloads the
 * answers. Screenshots and a printed PDF land in target/screenshots/.
 * Without Chromium or chromedriver the tests fail when CI=true and are skipped with a loud warning otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IntakeFormBrowserSupport {

    /** Debian's packages; -Dcxadvisor.chromium / -Dcxadvisor.chromedriver point elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getProperty("cxadvisor.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("cxadvisor.chromedriver", "/usr/bin/chromedriver"));
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

    @LocalServerPort
    protected int port;

    /** Why the browser tests are skipped (each test then reports itself skipped), or null. */
    private String missingBrowser;
    private ChromeDriverService service;
    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver); not found.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " CI=true, so this is a failure: install them (see .ci/run).");
            }
            System.err.println("""

                    ************************************************************************
                    *  WARNING: IntakeFormBrowserTest SKIPPED, the intake form is UNTESTED *
                    ************************************************************************
                    """ + "   " + message + "\n");
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
                "intl.accept_languages", "en-US,en"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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
    void freshPage() {
        Assumptions.assumeTrue(missingBrowser == null, () -> "SKIPPED, the intake form is untested: " + missingBrowser);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        // Leave the previous test's page first. Without this, Back twice in onlyTheRequiredAnswersStillGiveAReport
        // left the page when that test ran right after the long-report test in the same browser (most likely
        // because Chromium treats a navigation to the URL already shown as a replacement of the history entry).
        driver.get("about:blank");
        driver.get(base() + "/?lang=en");
        js("localStorage.clear(); sessionStorage.clear();");
        open("/?lang=en");
    }

    // ------------------------------------------------------------------ helpers

    /** Answers as a user would: typing, choosing from the sector list, clicking radios. */
    protected void fillInAmbassadorCase(String name) {
        WebElement nameInput = driver.findElement(By.name("name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        new Select(driver.findElement(By.name("sector"))).selectByValue("HOSPITALITY");
        click("f-market-B2C");
        click("f-offering-SERVICE");
        click("f-pricePositioning-PREMIUM");
        click("f-processValue-4");
        click("f-entertainmentValue-2");
        click("f-customerValue-functional-5");
        click("f-customerValue-economic-4");
        click("f-customerValue-emotional-2");
        click("f-customerValue-symbolic-1");
        click("f-employeeEngagement-2");
        click("f-hiringForServiceAttitude-no");
    }

    protected void click(String id) {
        WebElement element = driver.findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        assertThat(element.isSelected()).as("%s selected", id).isTrue();
    }

    protected void submit() {
        driver.findElement(By.id("submit-button")).click();
        wait.until(d -> d.findElement(By.id("report-view")).isDisplayed());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-title")));
    }

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
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve(file), pdf);
    }
}
