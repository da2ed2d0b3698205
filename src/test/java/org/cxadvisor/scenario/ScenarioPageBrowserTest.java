package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The consultant's what-if page in headless Chromium: a baseline from the intake form's sessionStorage, a variant
 * with engaged, well-chosen staff, the highlighted diff, a sweep, Dutch; the page at phone width; an example from
 * the server. Screenshots: target/screenshots/scenarios-*.png. Browser set-up: BrowserTestSupport.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioPageBrowserTest extends BrowserTestSupport {

    /** Opens the page with a profile handed over by the intake form (sessionStorage of the same origin). */
    private void openWithHandedOverProfile(String profile) {
        driver.get(base() + "/api/texts");   // same origin, so that the intake form's hand-over can be set
        js("sessionStorage.setItem('cxadvisor.profile', arguments[0]); localStorage.setItem('cxadvisor.lang', 'en');", profile);
        open("/scenarios");
    }

    /** Every dropdown of the page is wide enough for the choice it shows (its text plus the arrow). */
    private void assertDropdownsShowTheirChoice() {
        Object cut = js("""
                const context = document.createElement('canvas').getContext('2d');
                return Array.from(document.querySelectorAll('select')).filter((s) => s.offsetParent && s.selectedIndex >= 0)
                  .filter((s) => {
                    const style = getComputedStyle(s);
                    context.font = style.font;
                    const text = context.measureText(s.options[s.selectedIndex].text).width;
                    const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
                    return text > room;
                  }).map((s) => s.id + ': ' + s.options[s.selectedIndex].text).join(', ');
                """);
        assertThat(String.valueOf(cut)).as("dropdowns that cut off their choice").isEmpty();
    }

    private void screenshot(String name) throws Exception {
        screenshot("scenarios-" + name + ".png", false);
    }

    @Test
    void consultantComparesAVariantSweepsAFieldAndSwitchesToDutch() throws Exception {
        driver.manage().window().setSize(new Dimension(1400, 1800));
        openWithHandedOverProfile(ScenarioApiTest.BASELINE);

        WebElement engage = wait.until(ExpectedConditions.visibilityOfElementLocated(
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

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-variant-advice [data-advice-id='select-on-attitude'][data-status='removed']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
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
        assertNoHorizontalOverflow();
        assertDropdownsShowTheirChoice();

        // the downloads: the same Markdown client report and CSV as the command line
        Path downloads = DOWNLOADS;
        Files.deleteIfExists(downloads.resolve("scenarios-budget-bikes.md"));
        Files.deleteIfExists(downloads.resolve("scenarios-budget-bikes.csv"));
        driver.findElement(By.id("sc-download-md")).click();
        wait.until(d -> Files.exists(downloads.resolve("scenarios-budget-bikes.md")));
        driver.findElement(By.id("sc-download-csv")).click();
        wait.until(d -> Files.exists(downloads.resolve("scenarios-budget-bikes.csv")));
        assertThat(Files.readString(downloads.resolve("scenarios-budget-bikes.md")))
                .contains("## Scenario: Engaged, well-chosen staff").contains("~~Select customer-facing people on attitude and fit~~");
        assertThat(Files.readString(downloads.resolve("scenarios-budget-bikes.csv")))
                .startsWith("\uFEFFkind,id,label,Baseline,\"Engaged, well-chosen staff\"");

        // "Try this" on a counterfactual adds that change to the scenario
        driver.findElement(By.id("sc-new-variant")).click();
        driver.findElement(By.cssSelector("#sc-baseline-advice [data-advice-id='engage-unhappy-staff'] .sc-try")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("sc-change-employeeEngagement"), "value", "3"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-variant-advice [data-advice-id='engage-unhappy-staff'][data-status='removed']")));

        // a value out of range is refused next to its control
        WebElement engagement = driver.findElement(By.id("sc-change-employeeEngagement"));
        js("var o = document.createElement('option'); o.value = '7'; o.text = '7'; arguments[0].appendChild(o);", engagement);
        new Select(engagement).selectByValue("7");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-change-employeeEngagement-error")));
        assertThat(error.getText()).isEqualTo("Must be from 1 to 5.");
        assertThat(driver.findElement(By.id("sc-problems")).getText()).contains("variants[0].changes.employeeEngagement");
        screenshot("error");
        new Select(driver.findElement(By.id("sc-change-employeeEngagement"))).selectByValue("4");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sc-change-employeeEngagement-error")));

        // the sweep over process value: the quadrant changes at 4
        WebElement sweep = driver.findElement(By.id("sc-sweep"));
        new Select(driver.findElement(By.id("sc-sweep-field"))).selectByValue("processValue");
        driver.findElement(By.id("sc-run-sweep")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sc-sweep-chart g.sc-sw-shift[data-type='EXPERIENCE_QUADRANT'][data-value='4']")));
        wait.until(d -> d.findElement(By.id("sc-sweep-chart")).getAttribute("aria-busy") == null);
        assertThat(driver.findElements(By.cssSelector("#sc-sweep-chart g.sc-sw-shift[data-type='EXPERIENCE_QUADRANT']"))).hasSize(1);
        List<WebElement> active = driver.findElements(By.cssSelector("#sc-sweep-chart g[data-advice-id='engage-unhappy-staff'][data-active='true']"));
        assertThat(active).hasSize(5);
        js("arguments[0].scrollIntoView()", sweep);
        screenshot("sweep");

        // keyboard and labels: every control of the editor has a label
        for (WebElement control : driver.findElements(By.cssSelector("#sc-main select, #sc-main input, #sc-main textarea"))) {
            String id = control.getAttribute("id");
            assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for #" + id).isNotEmpty();
        }

        // Dutch, with the same header bar and language switch as the intake form
        driver.findElement(By.cssSelector("#site-header .lang-switch__button[data-lang=nl]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Wat als? Scenarioanalyse"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-baseline-advice"), "Verdwijnt als"));
        js("window.scrollTo(0, 0)");
        assertThat(driver.getCurrentUrl()).contains("lang=nl");
        screenshot("nl");
        assertNoCspViolations();
    }

    @Test
    void thePageFitsAPhone() throws Exception {
        phone();
        openWithHandedOverProfile(ScenarioApiTest.BASELINE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sc-baseline-advice [data-advice-id='engage-unhappy-staff']")));
        assertThat(driver.findElements(By.cssSelector("#site-header .lang-switch__button"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("#site-header [aria-current=page]")).getText()).isEqualTo("What-if analysis");
        // a change with its long choice text, the profile loader opened, the sweep drawn
        new Select(driver.findElement(By.id("sc-add-field"))).selectByValue("employeeEngagement");
        driver.findElement(By.id("sc-add-change")).click();
        new Select(driver.findElement(By.id("sc-add-field"))).selectByValue("serviceRecovery");
        driver.findElement(By.id("sc-add-change")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sc-variant-advice [data-status]")));
        js("document.getElementById('sc-load').open = true;");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sc-sweep-chart svg")));
        assertNoHorizontalOverflow();
        assertDropdownsShowTheirChoice();
        WebElement change = driver.findElement(By.id("sc-change-serviceRecovery"));
        assertThat(change.getSize().getWidth()).as("the change's dropdown shows its choice").isGreaterThan(250);
        js("window.scrollTo(0, 0)");
        screenshot("phone-top");
        js("document.getElementById('sc-variant').scrollIntoView()");
        screenshot("phone-variant");
        assertNoCspViolations();
        // the check sees what the policy refuses: a style attribute, as the pages never set one
        js("document.body.setAttribute('style', 'color: red');");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void withoutAProfileFromTheIntakeFormTheServerSExamplesAreOffered() throws Exception {
        driver.get(base() + "/api/texts");
        js("sessionStorage.clear(); localStorage.setItem('cxadvisor.lang', 'en');");
        open("/scenarios");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sc-baseline-advice [data-advice-id]")));
        // the first example in the shipped examples folder, the same files the documentation and the rule tests use
        assertThat(text("#sc-source-note")).contains("example company").contains("Van Dijk Verpakkingsmachines");
        js("document.getElementById('sc-load').open = true;");
        new Select(driver.findElement(By.id("sc-example"))).selectByValue("pub");
        driver.findElement(By.id("sc-use-example")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-source-note"), "Café De Gouden Karper"));
        assertThat(driver.findElement(By.id("sc-profile-json")).getAttribute("value")).contains("\"name\": \"Café De Gouden Karper\"");
    }

    @Test
    void onlyTheCompanysLeversOfferTryThis() {
        // A server from before counterfactual kinds sent none; then the contract's split is filled in here, so that
        // the page's part is tested either way: sector and market are what the company is, the rest are its levers.
        openWithHandedOverProfile("""
                {"name": "Cadeauwinkel", "sector": "RETAIL", "market": "B2C", "offering": "PRODUCT",
                 "pricePositioning": "LOWEST_PRICE", "processValue": 3, "entertainmentValue": 2, "personalGestures": false}""");
        changeAnswers("/api/scenarios/counterfactuals", """
                answer.counterfactuals.filter((cf) => !('kind' in cf)).forEach((cf) => {
                  cf.kind = ['sector', 'market'].includes(cf.field) ? 'CONTEXT' : 'LEVER';
                });
                """);
        js("document.getElementById('sc-use-json').click();");   // the same profile again, through the change
        String card = "#sc-baseline-advice [data-advice-id='make-customers-feel-special'] ";
        // The card is drawn again when the counterfactuals arrive, so each look finds it afresh (wait skips stale ones).
        By market = By.cssSelector(card + "li[data-field=market][data-kind=CONTEXT]");
        By lever = By.cssSelector(card + "li[data-field=personalGestures][data-kind=LEVER] .sc-try");
        wait.until(d -> d.findElement(market).getText().contains("what the company is"));
        wait.until(d -> d.findElement(market).findElements(By.cssSelector(".sc-try")).isEmpty());
        wait.until(d -> {
            d.findElement(lever).click();
            return true;
        });
        wait.until(ExpectedConditions.attributeToBe(By.id("sc-change-personalGestures"), "value", "true"));
        // every entry of what the company is, for any advice given or not, is an explanation only
        assertThat(driver.findElements(By.cssSelector("li[data-kind=CONTEXT] .sc-try"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("li[data-kind=LEVER] .sc-try"))).isNotEmpty();
    }
}
