package org.cxadvisor.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.cxadvisor.account.NewUser;
import org.cxadvisor.account.Role;
import org.cxadvisor.account.UserAccounts;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.RulesFolder;
import org.cxadvisor.support.Spreadsheet;
import org.cxadvisor.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The knowledge-base page in a real browser, on a live copy of the shipped rules: the topics with their rules and
 * metadata, the coverage, the rule tests' result and the last reload; then, as a business user edits the shipped
 * decision table, what the reload changed for the example profiles, and a broken cell as the last reload's error at
 * file and row; in English and Dutch, under the strict Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeBasePageBrowserTest extends BrowserTestSupport {

    private static final Path WORK = temp();
    private static final Path RULES = RulesFolder.copyOfShippedRules(WORK.resolve("rules"));
    private static final String TABLE = "disappointment-to-delight.drl.xlsx";

    @DynamicPropertySource
    static void liveRules(DynamicPropertyRegistry registry) {
        registry.add("cxadvisor.rules-dir", RULES::toString);
        registry.add("cxadvisor.data-dir", () -> WORK.resolve("data").toString());
        registry.add("cxadvisor.reload.debounce-ms", () -> "100");
    }

    private static final String PASSWORD = "knowledge base page secret";

    @Autowired
    UserAccounts accounts;

    @Test
    void showsTheRulesTheirTestsAndWhatEachEditChanged() throws Exception {
        // two saved clients, for the impact a consultant sees: the pub's advice moves with the edit below, the other's not
        ApiClient api = new ApiClient(port);
        for (String example : new String[] {"pub", "b2b-software-vendor"}) {
            String profile = Files.readString(RULES.resolve("examples/" + example + ".json"));
            assertThat(api.post("/api/assessments?lang=en", "{\"profile\": " + profile + "}", "Content-Type",
                    "application/json").status()).isEqualTo(201);
        }
        open("/knowledge-base?lang=en");
        assertThat(text("h1")).isEqualTo("Knowledge base");
        assertThat(text("#kb-reload-status")).startsWith("The last reload");
        assertThat(driver.findElement(By.cssSelector("#kb-reload-status")).getAttribute("data-status")).isEqualTo("OK");
        assertThat(text("#kb-examples-none")).contains("No reload since the service started");
        assertThat(text("#kb-impact-signin")).contains("Sign in as a consultant");

        js("document.querySelector('[data-topic=\"disappointment-to-delight\"]').open = true;");
        String row = text("[data-topic='disappointment-to-delight'] tr[data-rule='Without service recovery, five"
                + " percent or more complaints lose many customers']");
        assertThat(row).contains(TABLE + ":10", "DISAPPOINTMENT_TO_DELIGHT", "advice recover-disappointments",
                "K25, K28", "ecommerce-expander");
        assertThat(text("tr[data-kpoint='K25']")).contains("Without service recovery, five percent or more complaints");
        assertThat(text("tr[data-kpoint='K7']")).contains("background");

        wait.until(d -> !d.findElements(By.id("kb-tests-summary")).isEmpty());
        assertThat(text("#kb-tests-summary")).matches("\\d+ passed, 0 failed, on knowledge base [0-9a-f]{12} .*");
        assertThat(driver.findElements(By.cssSelector("tr[data-test][data-passed='true']")).size()).isGreaterThan(50);

        // The pub (no service recovery, 9% complaints) had high priority: the first row of the table now says medium.
        Spreadsheet.editCell(RULES.resolve(TABLE), "Complaints", "J10", "MEDIUM");
        wait.until(d -> !d.findElements(By.cssSelector(".kb-reload li[data-example='example:pub']")).isEmpty());
        assertThat(text(".kb-reload li[data-example='example:pub']"))
                .contains("recover-disappointments from high priority to medium priority");
        // the rule tests run again on the new rules: the pub's test still expects high priority
        wait.until(d -> !d.findElement(By.id("kb-tests-summary")).getText().contains(" 0 failed"));
        assertThat(text("tr[data-passed='false']")).contains("tests/disappointment-to-delight.yaml:",
                "expected advice 'recover-disappointments' with HIGH priority, but it had MEDIUM");

        Spreadsheet.editCell(RULES.resolve(TABLE), "Complaints", "F10", "NONEX");
        wait.until(d -> "FAILED".equals(d.findElement(By.id("kb-reload-status")).getAttribute("data-status")));
        assertThat(text("#kb-reload-errors")).contains(TABLE + ":10 sheet 'Complaints', cell F10: ServiceRecovery has no"
                + " value NONEX");

        driver.findElement(By.cssSelector("[data-lang='nl']")).click();
        wait.until(d -> "Kennisbank".equals(d.findElement(By.tagName("h1")).getText()));
        assertThat(text("#kb-reload-status")).startsWith("De laatste herlading");
        assertThat(text("#kb-examples-h")).isEqualTo("Wat elke herlading veranderde voor de voorbeeldprofielen");
        assertThat(text(".kb-reload li[data-example='example:pub']"))
                .contains("recover-disappointments van hoge prioriteit naar gemiddelde prioriteit");
        assertNoCspViolations();
        screenshot("knowledge-base.png", true);
        aConsultantSeesTheImpactOnTheSavedAssessmentsWithItsProgress();
    }

    private void aConsultantSeesTheImpactOnTheSavedAssessmentsWithItsProgress() {
        if (accounts.find("kb-consultant").isEmpty()) {
            accounts.create(new NewUser("kb-consultant", PASSWORD, EnumSet.of(Role.CONSULTANT)));
        }
        open("/login?lang=en");
        driver.findElement(By.id("login-username")).sendKeys("kb-consultant");
        driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitReady();
        open("/knowledge-base?lang=en");
        wait.until(d -> !d.findElements(By.id("kb-impact-summary")).isEmpty()
                && "DONE".equals(d.findElement(By.id("kb-impact-summary")).getAttribute("data-status")));
        assertThat(text("#kb-impact-summary")).matches("Reload [0-9a-f]{12} \u2192 [0-9a-f]{12}: 1 of 2 saved assessments get other advice\\.");
        assertThat(text("#kb-impact tr[data-advice='recover-disappointments']")).isEqualTo("recover-disappointments 0 0 1");

        // while a re-run goes on, the page shows how far it is (the answer made to say so: a real run of two is instant)
        changeAnswers("/api/knowledge-base/impact", "answer.status = 'RUNNING'; answer.done = 1; answer.assessments = 2;");
        wait.until(d -> !d.findElements(By.id("kb-impact-progress")).isEmpty());
        assertThat(driver.findElement(By.id("kb-impact-progress")).getAttribute("value")).isEqualTo("1");
        assertThat(driver.findElement(By.id("kb-impact-progress")).getAttribute("max")).isEqualTo("2");
        assertThat(text("#kb-impact-summary")).contains(": 1 of 2 done.");
        assertNoCspViolations();
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("cxadvisor-kb-page-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
