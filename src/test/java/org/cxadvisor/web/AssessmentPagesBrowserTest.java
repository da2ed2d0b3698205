package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A saved assessment in a real browser: Save under the report opens /assessments/{id}, which shows the same report
 * after a reload and in another browser; Re-assess with better answers saves the next step, and the history shows the
 * progress (path on the matrix, advice per horizon, what changed); Delete erases it after a confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentPagesBrowserTest extends IntakeFormBrowserSupport {

    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Fills in, asks for advice and saves; returns the saved assessment's id, with its page open. */
    private String saveNewAssessment(String name) {
        fillInAmbassadorCase(name);
        submit();
        assertThat(text("#save-assessment")).isEqualTo("Save this assessment");
        return save();
    }

    private String save() {
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("save-assessment")).click();
        wait.until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().matches(".*/assessments/" + ID + "\\?lang=en"));
        waitReady();
        return driver.getCurrentUrl().replaceAll(".*/assessments/(" + ID + ").*", "$1");
    }

    private List<String> adviceIds() {
        return driver.findElements(By.cssSelector("#report-view [data-advice-id]")).stream()
                .map(e -> e.getAttribute("data-advice-id")).toList();
    }

    @Test
    void aSavedReportSurvivesAReloadAndOpensFromItsLinkInAnotherBrowser() throws Exception {
        String id = saveNewAssessment("Bistro De Bewaarde");
        assertThat(text("#report-title")).isEqualTo("CX advice for Bistro De Bewaarde");
        List<String> advice = adviceIds();
        assertThat(advice).contains("engage-unhappy-staff", "select-on-attitude");
        String link = driver.findElement(By.id("assessment-url")).getAttribute("value");
        assertThat(link).isEqualTo(base() + "/assessments/" + id + "?lang=en");
        assertThat(text("#assessment-saved")).startsWith("The assessment of Bistro De Bewaarde, saved on");
        wait.until(d -> d.findElement(By.id("rerun")).isDisplayed());
        assertThat(text("#rerun-summary")).contains("the advice above still stands");
        screenshot("assessment-saved.png", true);

        driver.navigate().refresh();
        waitReady();
        assertThat(text("#report-title")).isEqualTo("CX advice for Bistro De Bewaarde");
        assertThat(adviceIds()).isEqualTo(advice);

        printMedia(true);
        assertThat(driver.findElement(By.id("report-toolbar")).isDisplayed()).as("toolbar on paper").isFalse();
        assertThat(driver.findElement(By.id("assessment-link")).isDisplayed()).as("link box on paper").isFalse();
        assertThat(driver.findElement(By.id("report-advice")).isDisplayed()).isTrue();
        printMedia(false);
        printToPdf("assessment-saved.pdf");

        phone();
        assertNoHorizontalOverflow();
        assertNoCspViolations();

        inAnotherBrowser(() -> {
            driver.get(link);
            waitReady();
            assertThat(driver.manage().getCookies()).as("a fresh browser, signed in nowhere").noneMatch(c -> c.getName().equals("JSESSIONID"));
            assertThat(text("#report-title")).isEqualTo("CX advice for Bistro De Bewaarde");
            assertThat(adviceIds()).isEqualTo(advice);
            assertNoCspViolations();
        });
    }

    @Test
    void aReassessmentWithBetterAnswersShowsTheProgressInTheHistory() throws Exception {
        String first = saveNewAssessment("Hotel Vooruitgang");
        driver.findElement(By.id("reassess-button")).click();
        waitReady();
        assertThat(driver.getCurrentUrl()).contains("reassess=" + first);
        assertThat(text("#reassess-notice")).contains("Re-assessment of Hotel Vooruitgang");
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Hotel Vooruitgang");
        assertThat(driver.findElement(By.id("f-employeeEngagement-2")).isSelected()).as("saved answers filled in").isTrue();

        click("f-employeeEngagement-5");
        click("f-hiringForServiceAttitude-yes");
        click("f-entertainmentValue-4");
        submit();
        assertThat(text("#save-assessment")).isEqualTo("Save as the next assessment");
        String second = save();
        assertThat(second).isNotEqualTo(first);
        assertThat(driver.findElement(By.id("previous-link")).getAttribute("href")).contains("/assessments/" + first);
        assertThat(adviceIds()).doesNotContain("engage-unhappy-staff", "select-on-attitude");

        driver.findElement(By.id("history-link")).click();
        waitReady();
        assertThat(text("#history-title")).isEqualTo("History of Hotel Vooruitgang");
        assertThat(text("#history-summary")).startsWith("2 assessments from");
        List<WebElement> entries = driver.findElements(By.cssSelector("#timeline .timeline__entry"));
        assertThat(entries).extracting(e -> e.getAttribute("data-assessment")).containsExactly(first, second);
        WebElement step = driver.findElement(By.cssSelector(".step[data-from='" + first + "'][data-to='" + second + "']"));
        assertThat(step.findElement(By.cssSelector("[data-group=answers] [data-field=employeeEngagement]")).getText())
                .endsWith(": 2 → 5");
        assertThat(step.findElements(By.cssSelector("[data-group=resolved] li"))).extracting(e -> e.getAttribute("data-advice"))
                .contains("engage-unhappy-staff", "select-on-attitude");
        assertThat(step.findElement(By.cssSelector("[data-group=resolved]")).getText())
                .contains("Make your customer-facing people your ambassadors");
        assertThat(driver.findElements(By.cssSelector("svg.chart--path .path__point")))
                .extracting(e -> e.getAttribute("data-quadrant")).containsExactly("PROCESS_DRIVEN", "EXPERIENCE_LEADER");
        assertThat(driver.findElements(By.cssSelector("svg.chart--path line.path__step"))).hasSize(1);
        List<WebElement> bars = driver.findElements(By.cssSelector("svg.chart--horizons .horizons__bar"));
        assertThat(bars).hasSize(2);
        int before = bars.get(0).findElements(By.cssSelector("rect[data-horizon=NOW]")).stream()
                .mapToInt(r -> Integer.parseInt(r.getAttribute("data-count"))).sum();
        int after = bars.get(1).findElements(By.cssSelector("rect[data-horizon=NOW]")).stream()
                .mapToInt(r -> Integer.parseInt(r.getAttribute("data-count"))).sum();
        assertThat(after).as("foundations to act on first").isLessThan(before);
        screenshot("history.png", true);
        printMedia(true);
        assertThat(driver.findElement(By.id("history-reassess")).isDisplayed()).as("buttons on paper").isFalse();
        assertThat(driver.findElement(By.id("history-title")).isDisplayed()).as("the title on paper").isTrue();
        assertThat(driver.findElement(By.cssSelector("svg.chart--path")).isDisplayed()).isTrue();
        printMedia(false);
        printToPdf("history.pdf");
        assertNoCspViolations();

        driver.findElement(By.cssSelector("[data-lang=nl]")).click();
        wait.until(d -> text("#history-title").equals("Geschiedenis van Hotel Vooruitgang"));
        assertThat(text("#history-summary")).startsWith("2 beoordelingen van");
        phone();
        assertNoHorizontalOverflow();
        screenshot("history-phone-nl.png", true);
    }

    @Test
    void theLinkHolderDeletesTheAssessmentAfterConfirmingIt() throws Exception {
        saveNewAssessment("Garage Weg Ermee");
        driver.findElement(By.id("delete-button")).click();
        wait.until(d -> d.findElement(By.id("delete-dialog")).isDisplayed());
        assertThat(text("#delete-text")).contains("Garage Weg Ermee", "cannot be undone");
        screenshot("assessment-delete-dialog.png", false);
        driver.findElement(By.id("delete-cancel")).click();
        wait.until(d -> !d.findElement(By.id("delete-dialog")).isDisplayed());
        driver.navigate().refresh();
        waitReady();
        assertThat(text("#report-title")).as("kept after Keep it").isEqualTo("CX advice for Garage Weg Ermee");

        driver.findElement(By.id("delete-button")).click();
        wait.until(d -> d.findElement(By.id("delete-dialog")).isDisplayed());
        driver.findElement(By.id("delete-confirm")).click();
        wait.until(d -> text("#status").startsWith("The assessment has been deleted"));
        assertThat(driver.findElement(By.id("report-view")).isDisplayed()).isFalse();
        driver.navigate().refresh();
        waitReady();
        assertThat(text("#assessment-problems")).startsWith("Assessment not found").contains("it has been deleted");
        assertNoCspViolations();
    }
}
