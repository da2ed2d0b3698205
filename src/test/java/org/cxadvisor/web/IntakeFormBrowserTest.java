package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.profile.ProfileField;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The intake form at / in a real browser (Debian's Chromium through /usr/bin/chromedriver, headless): a user fills in
 * the questionnaire, gets the report, switches to Dutch, meets a server-side validation error, saves and reloads the
 * answers. Screenshots and a printed PDF land in target/screenshots/.
 * Without Chromium or chromedriver the tests fail when CI=true and are skipped with a loud warning otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeFormBrowserTest extends IntakeFormBrowserSupport {
    @Test
    void aManagerFillsInTheFormAndGetsAReport() throws IOException {
        for (ProfileField field : ProfileField.values()) {
            assertThat(driver.findElements(By.name(field.path())))
                    .as("a form control named %s", field.path()).isNotEmpty();
        }
        List<String> paths = java.util.Arrays.stream(ProfileField.values()).map(ProfileField::path).toList();
        assertThat(driver.findElements(By.cssSelector("#intake-form [name]")))
                .extracting(e -> e.getAttribute("name")).allSatisfy(name -> assertThat(paths).contains(name));
        assertThat(text("#group-business legend")).isEqualTo("Your business");
        assertThat(text("[data-field=processValue] .scale__option:first-child")).contains("1").contains("slow, clumsy, errors");
        assertThat(driver.findElement(By.id("f-relationshipWarmth-unknown")).isSelected()).isTrue();
        screenshot("01-form.png", true);
        elementScreenshot("01b-form-customers.png", "group-customers");

        fillInAmbassadorCase("Bakkerij De Gouden Korst");
        submit();

        List<WebElement> cards = driver.findElements(By.cssSelector("#report-view [data-advice-id]"));
        assertThat(cards).extracting(c -> c.getAttribute("data-advice-id"))
                .contains("engage-unhappy-staff", "select-on-attitude");
        assertThat(cards).allSatisfy(c -> assertThat(c.getAttribute("data-category")).isNotBlank());
        assertThat(cards.get(0).getAttribute("data-priority")).isEqualTo("HIGH");
        WebElement card = driver.findElement(By.cssSelector("[data-advice-id=engage-unhappy-staff]"));
        assertThat(card.getAttribute("data-category")).isEqualTo("AMBASSADORS");
        assertThat(card.getText()).contains("Make your customer-facing people your ambassadors", "Why:", "Sources:",
                "Employee engagement is 2 out of 5", "K11");

        assertThat(text("#report-title")).isEqualTo("CX advice for Bakkerij De Gouden Korst");
        // The roadmap: a summary first, the foundations to act on NOW, then NEXT and LATER; strengths to keep.
        assertThat(text("#report-summary")).startsWith("Summary").contains("Bakkerij De Gouden Korst is in the experience"
                + " quadrant “Process-driven”", "Act first on");
        List<WebElement> groups = driver.findElements(By.cssSelector("#report-advice .advice-group"));
        assertThat(groups).extracting(g -> g.getAttribute("data-horizon")).startsWith("NOW").doesNotHaveDuplicates()
                .isSubsetOf("NOW", "NEXT", "LATER");
        assertThat(groups.get(0).getText()).startsWith("Now: the foundations to act on first");
        assertThat(driver.findElements(By.cssSelector(".advice-group[data-horizon=NOW] [data-advice-id]")))
                .extracting(c -> c.getAttribute("data-advice-id")).containsExactly("engage-unhappy-staff", "select-on-attitude");
        assertThat(card.getText()).contains("How you will know it works:", "Rule: Unhappy customer-facing staff cannot be sincerely friendly");
        assertThat(text("#report-strengths")).startsWith("Strengths to keep");
        assertThat(driver.findElements(By.cssSelector("#report-strengths [data-strength-id]")))
                .extracting(e -> e.getAttribute("data-strength-id")).contains("performance-delivered");
        WebElement matrix = driver.findElement(By.cssSelector("svg.chart--matrix"));
        assertThat(matrix.getAttribute("data-quadrant")).isEqualTo("PROCESS_DRIVEN");
        assertThat(driver.findElements(By.cssSelector("svg.chart--matrix rect[data-quadrant]"))).hasSize(4);
        WebElement point = driver.findElement(By.cssSelector("svg.chart--matrix circle.matrix__point"));
        assertThat(point.getAttribute("data-process")).isEqualTo("4");
        assertThat(point.getAttribute("data-entertainment")).isEqualTo("2");
        assertThat(text("#report-matrix")).contains("Process-driven", "Experience leader", "Utility", "Entertainment-driven");

        List<WebElement> bars = driver.findElements(By.cssSelector("svg.chart--values rect.bar"));
        assertThat(bars).extracting(b -> b.getAttribute("data-value")).containsExactly("5", "4", "2", "1");
        assertThat(driver.findElement(By.cssSelector("[data-conclusion=VALUE_FOCUS]")).getAttribute("data-value")).isEqualTo("PRACTICAL");
        assertThat(driver.findElement(By.cssSelector("[data-conclusion=STRATEGY_TRACK]")).getAttribute("data-value")).isEqualTo("PERFORMANCE");
        assertThat(driver.findElement(By.id("report-values")).getText()).contains("Recommended strategy track");
        screenshot("02-report.png", true);
        elementScreenshot("02b-report-charts.png", "report-matrix");
        printToPdf("report.pdf");
        // the report on a phone: nothing sticks out, the charts shrink to the width
        phone();
        assertNoHorizontalOverflow();
        screenshot("02c-report-phone.png", false);
        driver.manage().window().setSize(DESKTOP);

        // The what-if link hands the profile to the scenarios page through sessionStorage.
        driver.findElement(By.id("what-if-link")).click();
        wait.until(ExpectedConditions.urlContains("/scenarios"));
        Object stored = js("return sessionStorage.getItem('cxadvisor.profile');");
        assertThat(String.valueOf(stored)).contains("\"name\":\"Bakkerij De Gouden Korst\"", "\"customerValue\":{");
        driver.navigate().back();
        waitReady();
    }

    @Test
    void anOpenQuestionLeadsBackToItsQuestion() {
        fillInAmbassadorCase("Koffiebar Noord");
        submit();
        WebElement question = driver.findElement(By.cssSelector(".open-questions__link[data-field=relationshipWarmth]"));
        question.click();
        wait.until(d -> d.findElement(By.id("form-view")).isDisplayed());
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("name")).isEqualTo("relationshipWarmth");
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Koffiebar Noord");
    }

    /** More advice arrives with new rules: the page renders whatever the report holds, and prints it cleanly. */
    @Test
    void theWholePageSwitchesToDutchAndRemembersIt() throws IOException {
        fillInAmbassadorCase("Hotel Zeezicht");
        driver.findElement(By.cssSelector(".lang-switch__button[data-lang=nl]")).click();
        wait.until(d -> "Uw bedrijf".equals(d.findElement(By.cssSelector("#group-business legend")).getText()));
        assertThat(text("#submit-button")).isEqualTo("Geef mijn advies");
        assertThat(text("[data-field=employeeEngagement] legend")).contains("Hoe gelukkig en betrokken");
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Hotel Zeezicht");
        assertThat(driver.findElement(By.id("f-employeeEngagement-2")).isSelected()).isTrue();
        assertThat(js("return localStorage.getItem('cxadvisor.lang');")).isEqualTo("nl");
        assertThat(js("return document.documentElement.lang;")).isEqualTo("nl");
        screenshot("03a-form-nl.png", false);

        submit();
        assertThat(text("#report-title")).isEqualTo("CX-advies voor Hotel Zeezicht");
        assertThat(text("[data-advice-id=engage-unhappy-staff]")).contains("Maak van uw medewerkers met klantcontact uw ambassadeurs",
                "Waarom:", "Bronnen:");
        assertThat(text("#report-matrix")).contains("Procesgedreven", "Belevingsleider");
        assertThat(text("#report-values")).contains("Aanbevolen strategiespoor", "performantie");
        assertThat(text("#report-summary")).startsWith("Samenvatting").contains("Pak eerst");
        assertThat(text("[data-advice-id=engage-unhappy-staff]")).contains("Zo weet u of het werkt:",
                "Regel: Ongelukkige medewerkers met klantcontact kunnen niet oprecht vriendelijk zijn");
        assertThat(text(".advice-group[data-horizon=NOW] .advice-group__title")).isEqualTo("Nu: de basis om eerst aan te pakken");
        assertThat(text("#report-strengths")).startsWith("Sterke punten om te behouden").contains("De performantie die uw klanten zoeken");
        screenshot("03-report-nl.png", true);

        // The report follows a switch back to English without losing anything.
        driver.findElement(By.cssSelector(".lang-switch__button[data-lang=en]")).click();
        wait.until(d -> d.findElement(By.id("report-title")).getText().startsWith("CX advice for"));
        assertThat(text("[data-advice-id=engage-unhappy-staff]")).contains("Make your customer-facing people your ambassadors");

        // Remembered without ?lang=: the stored choice wins over the browser's English.
        driver.findElement(By.cssSelector(".lang-switch__button[data-lang=nl]")).click();
        wait.until(d -> "nl".equals(js("return document.documentElement.lang;")));
        open("/");
        assertThat(text("#group-business legend")).isEqualTo("Uw bedrijf");
    }

    @Test
    void aServerSideErrorIsShownAtItsFieldAndNothingIsLost() throws IOException {
        // The browser first catches obvious mistakes itself.
        driver.findElement(By.id("submit-button")).click();
        WebElement nameInput = driver.findElement(By.name("name"));
        wait.until(d -> "true".equals(nameInput.getAttribute("aria-invalid")));
        assertThat(text("[data-field=name] .field-error")).isEqualTo("Please answer this question.");
        assertThat(text("[data-field=processValue] .field-error")).isEqualTo("Please answer this question.");
        assertThat(text("#error-summary")).contains("Some answers need your attention").doesNotContain("null");
        screenshot("04a-error-client.png", false);

        // Past the browser's checks, the server's rule (at most 200 characters) is shown at the field.
        fillInAmbassadorCase("x");
        js("document.querySelector('input[name=name]').removeAttribute('maxlength');");
        String longName = "N".repeat(201);
        nameInput.clear();
        nameInput.sendKeys(longName);
        driver.findElement(By.id("submit-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-field=name] .field-error")).size() == 1
                && text("[data-field=name] .field-error").contains("200"));
        assertThat(nameInput.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("[data-field=name] .field-error")).isEqualTo("Must be between 1 and 200 characters and not blank.");
        String describedBy = nameInput.getAttribute("aria-describedby");
        String errorId = driver.findElement(By.cssSelector("[data-field=name] .field-error")).getAttribute("id");
        assertThat(describedBy).contains(errorId);
        assertThat(nameInput.getAttribute("value")).isEqualTo(longName);
        assertThat(new Select(driver.findElement(By.name("sector"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("HOSPITALITY");
        assertThat(driver.findElement(By.id("f-customerValue-functional-5")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("report-view")).isDisplayed()).isFalse();
        screenshot("04-error.png", false);

        // The message follows the language too (the rebuilt Dutch form checks the length itself again).
        driver.findElement(By.cssSelector(".lang-switch__button[data-lang=nl]")).click();
        wait.until(d -> "Uw bedrijf".equals(text("#group-business legend")));
        wait.until(d -> text("[data-field=name] .field-error").matches("(Moet tussen|Gebruik) 1 (en|tot en met) 200 tekens.*"));
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo(longName);
        assertThat(driver.findElement(By.name("name")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void answersAreDownloadedAndLoadedAgain() throws IOException, InterruptedException {
        try (var old = Files.list(DOWNLOADS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        fillInAmbassadorCase("Fietsenmaker Van Dam");
        driver.findElement(By.name("npsScore")).sendKeys("35");
        submit();
        driver.findElement(By.id("download-button")).click();
        Path saved = DOWNLOADS.resolve("cx-profile-fietsenmaker-van-dam.json");
        for (int i = 0; i < 50 && !Files.exists(saved); i++) {
            Thread.sleep(100);
        }
        assertThat(saved).exists();
        assertThat(Files.readString(saved)).contains("\"name\": \"Fietsenmaker Van Dam\"", "\"npsScore\": 35",
                "\"employeeEngagement\": 2", "\"hiringForServiceAttitude\": false");
        assertThat(Files.readString(saved)).doesNotContain("relationshipWarmth");

        js("sessionStorage.clear();");
        open("/?lang=en");
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEmpty();
        driver.findElement(By.id("load-file")).sendKeys(saved.toString());
        wait.until(d -> "Fietsenmaker Van Dam".equals(d.findElement(By.name("name")).getAttribute("value")));
        assertThat(driver.findElement(By.name("npsScore")).getAttribute("value")).isEqualTo("35");
        assertThat(driver.findElement(By.id("f-hiringForServiceAttitude-no")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("f-customerValue-symbolic-1")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("f-relationshipWarmth-unknown")).isSelected()).isTrue();
        assertThat(text("#status")).contains("cx-profile-fietsenmaker-van-dam.json");
    }

    @Test
    void theFormWorksWithTheKeyboardAlone() throws IOException {
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("skip-link");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        // Tab from the skip target reaches the name field; the rest is answered by Tab, arrows and Space.
        driver.findElement(By.name("name")).sendKeys("Toetsenbord BV");
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getAttribute("name")).isEqualTo("name");
        active.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("sector");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement market = driver.switchTo().activeElement();
        assertThat(market.getAttribute("name")).isEqualTo("market");
        market.sendKeys(Keys.SPACE);
        assertThat(market.isSelected()).isTrue();
        market.sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.findElement(By.id("f-market-B2B")).isSelected()).isTrue();
        screenshot("05-keyboard-focus.png", false);

        // A phone-sized window: nothing is cut off.
        phone();
        assertNoHorizontalOverflow();
        assertNoCspViolations();
        screenshot("06-form-narrow.png", false);
    }

}
