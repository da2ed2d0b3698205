package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/** The intake form asks for customers a month, and the report shows the experiment plan under the experiments advice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeExperimentsBrowserTest extends IntakeFormBrowserSupport {

    private void type(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void theExperimentsAdviceCarriesAPlanWithItsNumbersAndHowToRunIt() throws IOException {
        assertThat(driver.findElement(By.cssSelector("#group-business")).getText()).contains("How many customers do you serve a month?");
        fillInAmbassadorCase("Winkel Online");
        click("f-experimentation-NONE");
        type("retentionRatePercent", "70");
        type("customersPerMonth", "20000");
        submit();

        WebElement advice = driver.findElement(By.cssSelector("[data-advice-id=run-controlled-experiments]"));
        WebElement plan = advice.findElement(By.cssSelector(".experiment"));
        assertThat(plan.getAttribute("data-feasible")).isEqualTo("true");
        assertThat(plan.findElement(By.cssSelector("[data-experiment=size]")).getText()).isEqualTo("1,251 per group (two groups)");
        assertThat(plan.findElement(By.cssSelector("[data-experiment=baseline]")).getText()).startsWith("70%: your own figure");
        assertThat(plan.findElement(By.cssSelector(".experiment__title")).getText()).isEqualTo("Experiment plan: test it before everyone gets it");
        assertThat(plan.getText()).contains("Hypothesis:", "How to run it:", "Winkel Online");
        assertThat(plan.findElements(By.cssSelector(".experiment__steps li"))).hasSize(5);
        elementScreenshot("05-experiment-plan.png", "report-advice");
    }
}
