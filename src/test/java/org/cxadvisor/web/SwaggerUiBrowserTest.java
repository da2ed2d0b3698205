package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Swagger UI sends a profile to {@code POST /api/advice} from its own form, as a developer trying the API would:
 * open the operation, "Try it out" with the example the description carries, "Execute", and get a report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiBrowserTest extends BrowserTestSupport {

    @Test
    void theAdviceFormSendsTheExampleProfileAndShowsTheReport() {
        driver.get(base() + "/swagger-ui.html");
        WebElement advice = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'opblock-post')][.//*[@data-path='/api/advice']]")));
        advice.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(advice.findElement(By.cssSelector(".try-out__btn")))).click();
        WebElement body = wait.until(d -> advice.findElement(By.cssSelector("textarea.body-param__text")));
        assertThat(body.getAttribute("value")).contains("\"sector\"").contains("\"processValue\"");
        advice.findElement(By.cssSelector("button.execute")).click();
        WebElement status = wait.until(d -> advice.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")));
        assertThat(status.getText()).startsWith("200");
        assertThat(advice.findElement(By.cssSelector(".live-responses-table tbody .response-col_description")).getText())
                .contains("\"advice\"").contains("\"knowledgeBase\"");
    }
}
