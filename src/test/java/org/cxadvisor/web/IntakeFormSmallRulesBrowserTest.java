package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The intake report's mechanism in a real browser over the small fixed knowledge base in src/test/resources/smallkb
 * (classification + two ambassador rules), so that the number of advice cards is known exactly: a report with no advice
 * at all, and a long report with unfamiliar content. Browser set-up and helpers: IntakeFormBrowserSupport.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cxadvisor.rules-dir=src/test/resources/smallkb/rules")
class IntakeFormSmallRulesBrowserTest extends IntakeFormBrowserSupport {
    @Test
    void onlyTheRequiredAnswersStillGiveAReport() {
        WebElement nameInput = driver.findElement(By.name("name"));
        nameInput.sendKeys("Kale Basis BV");
        new Select(driver.findElement(By.name("sector"))).selectByValue("UTILITY");
        click("f-market-B2B");
        click("f-offering-COMMODITY");
        click("f-pricePositioning-LOWEST_PRICE");
        click("f-processValue-2");
        click("f-entertainmentValue-5");
        submit();

        assertThat(driver.findElement(By.cssSelector("svg.chart--matrix")).getAttribute("data-quadrant"))
                .isEqualTo("ENTERTAINMENT_DRIVEN");
        assertThat(driver.findElements(By.cssSelector("svg.chart--values"))).isEmpty();
        assertThat(text("#report-values")).contains("You did not say what your customers value");
        assertThat(driver.findElements(By.cssSelector(".open-questions__link[data-field=customerValue]"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("[data-advice-id]"))).isEmpty();
        assertThat(text("#report-advice")).contains("No advice follows from these answers yet");

        // "Answer this question" on the chart leads to the customer-value question.
        driver.findElement(By.cssSelector("#report-values button")).click();
        wait.until(d -> d.findElement(By.id("form-view")).isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("name")).startsWith("customerValue");

        // The browser's Back button returns to the report; nothing typed is lost.
        driver.navigate().back();
        wait.until(d -> d.findElement(By.id("report-view")).isDisplayed());
        driver.navigate().back();
        wait.until(d -> d.findElement(By.id("form-view")).isDisplayed());
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Kale Basis BV");
    }

    @Test
    void aLongReportWithUnfamiliarContentRendersAndPrints() throws IOException {
        changeAnswers("/api/advice", """
                for (let i = 0; i < 9; i++) {
                  answer.advice.push({id: 'extra-' + i, category: i % 2 ? 'SURPRISE' : 'SOME_FUTURE_CATEGORY',
                    priority: ['MEDIUM', 'LOW', 'LOW'][i % 3], title: 'Extra advice number ' + i,
                    summary: 'A summary of two sentences that explains the advice. It is long enough to wrap onto a second line.',
                    actions: ['A first concrete action for the team.', 'A second action, with a little more explanation.',
                      'A third action.'],
                    rationale: 'Because of the answers given, this advice applies (K28).',
                    sources: [{document: 'a-future-source', kpoints: ['K28', 'K29']}], rule: 'Extra rule ' + i});
                }
                answer.conclusions.push({type: 'SOME_FUTURE_CONCLUSION', value: 'SOMETHING', rule: 'Future rule'});
                """);
        fillInAmbassadorCase("Warenhuis Lang Rapport");
        submit();
        assertThat(driver.findElements(By.cssSelector("[data-advice-id]"))).hasSize(11);
        assertThat(driver.findElement(By.cssSelector("[data-advice-id=extra-0]")).getAttribute("data-category"))
                .isEqualTo("SOME_FUTURE_CATEGORY");
        assertThat(text("[data-advice-id=extra-0]")).contains("a-future-source (K28, K29)");
        assertThat(text("#report-conclusions")).contains("SOME_FUTURE_CONCLUSION", "SOMETHING");
        printToPdf("report-long.pdf");
    }

}
