package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consultant's what-if page in headless Chromium: a baseline from the intake form's sessionStorage, a variant
 * with engaged, well-chosen staff, the highlighted diff, a sweep, Dutch. Screenshots: target/screenshots/scenarios-*.png.
 * Without /usr/bin/chromium the test is skipped with a warning, or fails when CI=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioPageBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static ChromeDriverService service;
    private static WebDriver driver;
    private static Path profileDir;
    private static Path downloads;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            String message = "Chromium or chromedriver not found at " + CHROMIUM + " / " + CHROMEDRIVER;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": the browser test cannot run on CI without them.");
            }
            System.err.println("\n!!!!!!!!!! WARNING: " + message + " - SKIPPING the scenario page browser test !!!!!!!!!!\n");
            Assumptions.abort(message);
        }
        profileDir = Files.createTempDirectory("cx-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profileDir, "--window-size=1400,1800", "--lang=en-US");
        downloads = Files.createTempDirectory("cx-downloads-");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "profile.default_content_setting_values.automatic_downloads", 1));
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        for (Path dir : new Path[] {profileDir, downloads}) {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));   // the build machine is shared
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve("scenarios-" + name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void consultantComparesAVariantSweepsAFieldAndSwitchesToDutch() throws Exception {
        String base = "http://localhost:" + port;
        driver.get(base + "/api/scenarios/texts");   // same origin, so that the intake form's hand-over can be set
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('cxadvisor.profile', arguments[0]);"
                + "localStorage.setItem('cxadvisor.lang', 'en');", ScenarioApiTest.BASELINE);
        driver.get(base + "/scenarios");

        WebElement engage = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sc-baseline-advice [data-advice-id='engage-unhappy-staff']")));
        assertThat(driver.findElement(By.id("sc-source-note")).getText()).contains("Budget Bikes").contains("intake form");
        assertThat(engage.getText()).contains("Would disappear if employee engagement were 3 or more.");
        assertThat(driver.findElement(By.cssSelector("#sc-baseline-advice [data-advice-id='select-on-attitude']")).getText())
                .contains("Would disappear if hiring on service attitude were yes.");
        screenshot("baseline");

        // the variant: engaged, well-chosen staff
        WebElement name = driver.findElement(By.id("sc-variant-name"));
        name.clear();
        name.sendKeys("Engaged, well-chosen staff");
        new Select(driver.findElement(By.id("sc-add-field"))).selectByValue("employeeEngagement");
        driver.findElement(By.id("sc-add-change")).click();
        new Select(driver.findElement(By.id("sc-change-employeeEngagement"))).selectByValue("5");
        new Select(driver.findElement(By.id("sc-add-field"))).selectByValue("hiringForServiceAttitude");
        driver.findElement(By.id("sc-add-change")).click();
        new Select(driver.findElement(By.id("sc-change-hiringForServiceAttitude"))).selectByValue("true");

        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-variant-advice [data-advice-id='select-on-attitude'][data-status='removed']")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-variant-advice [data-advice-id='engage-unhappy-staff'][data-status='removed']")));
        assertThat(driver.findElement(By.id("sc-variant-summary")).getText()).isEqualTo("Compared with today: 2 advice no longer needed.");
        // what changed comes first, however many unchanged advice the knowledge base gives
        assertThat(driver.findElement(By.cssSelector("#sc-variant-advice > li")).getAttribute("data-status")).isEqualTo("removed");
        assertThat(driver.findElements(By.cssSelector("#sc-variant-advice .sc-unchanged-heading"))).hasSize(1);
        WebElement removed = driver.findElement(By.cssSelector("#sc-variant-advice [data-status='removed']"));
        assertThat(removed.getText()).contains("no longer needed");
        assertThat(removed.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(driver.findElement(By.id("sc-variant-pick")).getText()).contains("Engaged, well-chosen staff");
        screenshot("variant");
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling of the page").isLessThanOrEqualTo(0);

        // the downloads: the same Markdown client report and CSV as the command line
        driver.findElement(By.id("sc-download-md")).click();
        waiting().until(d -> Files.exists(downloads.resolve("scenarios-budget-bikes.md")));
        driver.findElement(By.id("sc-download-csv")).click();
        waiting().until(d -> Files.exists(downloads.resolve("scenarios-budget-bikes.csv")));
        assertThat(Files.readString(downloads.resolve("scenarios-budget-bikes.md")))
                .contains("## Scenario: Engaged, well-chosen staff").contains("~~Select customer-facing people on attitude and fit~~");
        assertThat(Files.readString(downloads.resolve("scenarios-budget-bikes.csv")))
                .startsWith("\uFEFFkind,id,label,Baseline,\"Engaged, well-chosen staff\"");

        // "Try this" on a counterfactual adds that change to the scenario
        driver.findElement(By.id("sc-new-variant")).click();
        driver.findElement(By.cssSelector("#sc-baseline-advice [data-advice-id='engage-unhappy-staff'] .sc-try")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("sc-change-employeeEngagement"), "value", "3"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-variant-advice [data-advice-id='engage-unhappy-staff'][data-status='removed']")));

        // a value out of range is refused next to its control
        WebElement engagement = driver.findElement(By.id("sc-change-employeeEngagement"));
        ((JavascriptExecutor) driver).executeScript("var o = document.createElement('option'); o.value = '7'; o.text = '7';"
                + "arguments[0].appendChild(o);", engagement);
        new Select(engagement).selectByValue("7");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-change-employeeEngagement-error")));
        assertThat(error.getText()).isEqualTo("Must be from 1 to 5.");
        assertThat(driver.findElement(By.id("sc-problems")).getText()).contains("variants[0].changes.employeeEngagement");
        screenshot("error");
        new Select(driver.findElement(By.id("sc-change-employeeEngagement"))).selectByValue("4");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("sc-change-employeeEngagement-error")));

        // the sweep over process value: the quadrant changes at 4
        WebElement sweep = driver.findElement(By.id("sc-sweep"));
        new Select(driver.findElement(By.id("sc-sweep-field"))).selectByValue("processValue");
        driver.findElement(By.id("sc-run-sweep")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-sweep-chart g.sc-sw-shift[data-type='EXPERIENCE_QUADRANT'][data-value='4']")));
        waiting().until(d -> d.findElement(By.id("sc-sweep-chart")).getAttribute("aria-busy") == null);
        assertThat(driver.findElements(By.cssSelector("#sc-sweep-chart g.sc-sw-shift[data-type='EXPERIENCE_QUADRANT']"))).hasSize(1);
        List<WebElement> active = driver.findElements(By.cssSelector("#sc-sweep-chart g[data-advice-id='engage-unhappy-staff'][data-active='true']"));
        assertThat(active).hasSize(5);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", sweep);
        screenshot("sweep");

        // keyboard and labels: every control of the editor has a label
        for (WebElement control : driver.findElements(By.cssSelector("#sc-main select, #sc-main input, #sc-main textarea"))) {
            String id = control.getAttribute("id");
            assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for #" + id).isNotEmpty();
        }

        // Dutch
        new Select(driver.findElement(By.id("sc-lang"))).selectByValue("nl");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Wat als? Scenarioanalyse"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-baseline-advice"), "Verdwijnt als"));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        assertThat(driver.getCurrentUrl()).contains("lang=nl");
        screenshot("nl");
    }
}
