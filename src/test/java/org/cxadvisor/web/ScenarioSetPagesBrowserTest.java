package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.cxadvisor.account.NewUser;
import org.cxadvisor.account.Role;
import org.cxadvisor.account.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Scenario sets on the what-if page in a real browser: a visitor is told why saving needs a consultant's account; a
 * consultant signs in from there (and comes back to the page), saves a scenario, reloads the page from the set's address and finds it as saved, saves changes, meets
 * the server's problem for a bad name next to the name, and deletes the set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioSetPagesBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "scenario sets secret";

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void signedOut() {
        consultant(accounts, "sets-consultant");
        driver.get(base() + "/?lang=en");
        driver.manage().deleteAllCookies();
        js("localStorage.clear(); sessionStorage.clear();");
    }

    static void consultant(UserAccounts accounts, String name) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new NewUser(name, PASSWORD, EnumSet.of(Role.CONSULTANT)));
        }
    }

    /** On the what-if page: one scenario with a name and one change, saved as a set under a name; returns its id. */
    static String saveScenarioSet(BrowserTestSupport page, String scenario, String setName) {
        page.driver.findElement(By.id("sc-variant-name")).clear();
        page.driver.findElement(By.id("sc-variant-name")).sendKeys(scenario);
        new Select(page.driver.findElement(By.id("sc-add-field"))).selectByValue("employeeEngagement");
        page.driver.findElement(By.id("sc-add-change")).click();
        new Select(page.wait.until(ExpectedConditions.elementToBeClickable(By.id("sc-change-employeeEngagement"))))
                .selectByValue("5");
        page.driver.findElement(By.id("sc-set-name")).clear();
        page.driver.findElement(By.id("sc-set-name")).sendKeys(setName);
        page.driver.findElement(By.id("sc-set-save")).click();
        page.wait.until(d -> page.text("#sc-set-note").startsWith("Saved “" + setName + "”"));
        return page.driver.getCurrentUrl().replaceAll(".*[?&]set=([^&]+).*", "$1");
    }

    /** The page shows the set as saved: its baseline, the scenario's name and change. */
    static void assertShowsSet(BrowserTestSupport page, String scenario, String setName) {
        assertThat(page.driver.findElement(By.id("sc-variant-name")).getAttribute("value")).isEqualTo(scenario);
        assertThat(page.driver.findElement(By.id("sc-change-employeeEngagement")).getAttribute("value")).isEqualTo("5");
        assertThat(page.text("#sc-source-note")).contains("from the saved scenario set “" + setName + "”");
        assertThat(page.driver.findElement(By.id("sc-set-name")).getAttribute("value")).isEqualTo(setName);
        assertThat(page.text("#sc-set-save")).isEqualTo("Save changes");
    }

    @Test
    void aVisitorIsToldThatSavingSetsNeedsAConsultantsAccount() throws Exception {
        open("/scenarios?lang=en");
        assertThat(driver.findElement(By.id("sc-sets-consultant")).isDisplayed()).isFalse();
        assertThat(text("#sc-sets-why")).startsWith("Consultants can keep this analysis");
        assertThat(driver.findElement(By.id("sc-sets-sign-in")).getAttribute("href"))
                .endsWith("/login?lang=en&next=%2Fscenarios%3Flang%3Den");
        open("/scenarios?lang=nl&set=00000000-0000-4000-8000-000000000000");
        assertThat(text("#sc-sets-why")).startsWith("Dit adres opent een bewaarde scenarioset");
        screenshot("scenario-sets-visitor.png", false);
        assertNoCspViolations();
    }

    @Test
    void aConsultantSavesAScenarioSetAndReopensItFromItsAddress() throws Exception {
        open("/scenarios?lang=en");
        driver.findElement(By.id("sc-sets-sign-in")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        waitReady();
        signIn("sets-consultant", PASSWORD);
        assertThat(driver.getCurrentUrl()).as("back where the sign-in link was").isEqualTo(base() + "/scenarios?lang=en");
        assertThat(driver.findElement(By.id("sc-sets-consultant")).isDisplayed()).isTrue();
        String id = saveScenarioSet(this, "Happier staff", "Client A: staff first");
        assertThat(driver.getCurrentUrl()).contains("set=" + id);

        driver.navigate().refresh();
        waitReady();
        assertShowsSet(this, "Happier staff", "Client A: staff first");
        driver.findElement(By.id("sc-set-open")).click();
        assertThat(driver.findElement(By.cssSelector("#sc-set-list a[data-set='" + id + "']")).getText())
                .isEqualTo("Client A: staff first");
        screenshot("scenario-sets-open.png", true);

        // a bad name: the server's problem, next to the name
        driver.findElement(By.id("sc-set-name")).clear();
        driver.findElement(By.id("sc-set-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-field=name] .field-error")));
        assertThat(text("[data-field=name] .field-error")).contains("1", "200");

        driver.findElement(By.id("sc-set-name")).sendKeys("Client A: staff and more");
        driver.findElement(By.id("sc-set-save")).click();
        wait.until(d -> text("#sc-set-note").startsWith("Saved “Client A: staff and more”"));
        assertThat(driver.getCurrentUrl()).as("changes saved into the same set").contains("set=" + id);
        phone();
        assertNoHorizontalOverflow();
        assertNoCspViolations();

        driver.manage().window().setSize(DESKTOP);
        driver.findElement(By.cssSelector("[data-remove-set='" + id + "']")).click();
        driver.switchTo().alert().accept();
        wait.until(d -> d.findElements(By.cssSelector("#sc-set-list a[data-set='" + id + "']")).isEmpty());
        open("/scenarios?lang=en&set=" + id);
        assertThat(text("#sc-set-problems")).contains("Scenario set not found");
    }
}
