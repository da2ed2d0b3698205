package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The intake form's helpers shared by IntakeFormBrowserTest (shipped rules) and IntakeFormSmallRulesBrowserTest (a
 * small fixed knowledge base): every test starts on an empty form in English; answers are given as a user would.
 */
abstract class IntakeFormBrowserSupport extends BrowserTestSupport {

    @BeforeEach
    void freshForm() {
        driver.get(base() + "/?lang=en");
        js("localStorage.clear(); sessionStorage.clear();");
        open("/?lang=en");
    }

    /** Answers as a user would: typing, choosing from the sector list, clicking radios. */
    protected void fillInAmbassadorCase(String name) {
        WebElement nameInput = driver.findElement(By.name("name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        new Select(driver.findElement(By.name("sector"))).selectByValue("HOSPITALITY");
        click("f-market-B2C");
        click("f-offering-SERVICE");
        click("f-pricePositioning-PREMIUM");
        click("f-processValue-4");
        click("f-entertainmentValue-2");
        click("f-customerValue-functional-5");
        click("f-customerValue-economic-4");
        click("f-customerValue-emotional-2");
        click("f-customerValue-symbolic-1");
        click("f-employeeEngagement-2");
        click("f-hiringForServiceAttitude-no");
    }

    protected void click(String id) {
        WebElement element = driver.findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        assertThat(element.isSelected()).as("%s selected", id).isTrue();
    }

    protected void submit() {
        driver.findElement(By.id("submit-button")).click();
        wait.until(d -> d.findElement(By.id("report-view")).isDisplayed());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-title")));
    }
}
