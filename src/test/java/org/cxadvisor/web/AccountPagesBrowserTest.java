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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The login page in English and Dutch, signing in and out from the header, a signed-in browser's advice (its POST
 * carries the CSRF token), and the admin's user page, in a real browser under the server's Content-Security-Policy
 * (nothing refused). Each test starts signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountPagesBrowserTest extends IntakeFormBrowserSupport {

    private static final String PASSWORD = "browser test secret";

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        for (String name : new String[] {"pagetest-admin", "pagetest-consultant"}) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(new NewUser(name, PASSWORD,
                        name.endsWith("admin") ? EnumSet.of(Role.ADMIN, Role.CONSULTANT) : EnumSet.of(Role.CONSULTANT)));
            }
        }
        driver.manage().deleteAllCookies();
    }

    private void signIn(String user) {
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
    }

    @Test
    void theLoginPageSpeaksEnglishAndDutchAndSaysWhenThePasswordIsWrong() throws Exception {
        open("/login?lang=en");
        assertThat(text("h1")).isEqualTo("Sign in");
        assertThat(text("label[for=login-password]")).isEqualTo("Password");
        assertThat(driver.findElement(By.id("sign-in")).isDisplayed()).isTrue();
        screenshot("login-en.png", false);
        driver.findElement(By.cssSelector("[data-lang=nl]")).click();
        wait.until(d -> text("h1").equals("Inloggen"));
        assertThat(text("label[for=login-password]")).isEqualTo("Wachtwoord");
        signIn("pagetest-consultant-typo");
        waitReady();
        assertThat(text("#login-message")).isEqualTo("De gebruikersnaam of het wachtwoord klopt niet.");
        screenshot("login-nl-error.png", false);
        assertNoCspViolations();
    }

    @Test
    void anAdminOpeningTheUserPageSignsInFirstThenAddsAndRemovesAConsultant() throws Exception {
        driver.get(base() + "/users?lang=en");
        waitReady();
        assertThat(driver.getCurrentUrl()).contains("/login");
        signIn("pagetest-admin");
        waitReady();
        assertThat(driver.getCurrentUrl()).contains("/users");
        assertThat(text("#signed-in-as")).contains("pagetest-admin");
        assertThat(text(".site-nav")).contains("Users");

        driver.findElement(By.id("user-username")).sendKeys("pagetest-consultant");
        driver.findElement(By.id("user-password")).sendKeys("short");
        driver.findElement(By.id("user-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-errors")));
        assertThat(text("[data-field=username] .field-error")).contains("already exists");
        assertThat(text("[data-field=password] .field-error")).contains("12");
        screenshot("users-errors.png", true);

        driver.findElement(By.id("user-username")).clear();
        driver.findElement(By.id("user-username")).sendKeys("pagetest-new");
        driver.findElement(By.id("user-password")).clear();
        driver.findElement(By.id("user-password")).sendKeys("a long enough secret");
        driver.findElement(By.id("user-submit")).click();
        wait.until(d -> !d.findElements(By.cssSelector("tr[data-username=pagetest-new]")).isEmpty());
        assertThat(accounts.find("pagetest-new")).isPresent();

        driver.findElement(By.cssSelector("[data-remove=pagetest-new]")).click();
        driver.switchTo().alert().accept();
        wait.until(d -> d.findElements(By.cssSelector("tr[data-username=pagetest-new]")).isEmpty());
        assertThat(accounts.find("pagetest-new")).isEmpty();
        assertNoCspViolations();
    }

    @Test
    void aSignedInConsultantStillGetsAdviceAndSignsOutFromTheHeader() {
        open("/login?lang=en");
        signIn("pagetest-consultant");
        waitReady();
        assertThat(text("#signed-in-as")).contains("pagetest-consultant");
        assertThat(text(".site-nav")).doesNotContain("Users");
        open("/scenarios?lang=en");
        assertThat(text("#signed-in-as")).contains("pagetest-consultant");
        open("/?lang=en");
        fillInAmbassadorCase("Signed-in client");
        submit();
        assertThat(driver.findElements(By.cssSelector("[data-advice-id]"))).isNotEmpty();
        driver.findElement(By.id("sign-out")).click();
        waitReady();
        assertThat(text("#login-message")).isEqualTo("You are signed out.");
        assertThat(driver.findElements(By.id("signed-in-as"))).isEmpty();
        assertNoCspViolations();
    }
}
