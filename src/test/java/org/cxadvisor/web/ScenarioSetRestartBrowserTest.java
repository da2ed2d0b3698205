package org.cxadvisor.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.CxAdvisorApplication;
import org.cxadvisor.account.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A scenario set survives a restart: the server runs on the embedded H2 file database in a data folder of its own, a
 * consultant saves a set in the browser, the server stops, a new one starts on the same folder, and the set's address
 * opens it again (after signing in anew: sessions do not outlive the server, the account does).
 */
class ScenarioSetRestartBrowserTest extends BrowserTestSupport {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CxAdvisorApplication.class)
                .run("--server.port=0", "--cxadvisor.data-dir=" + dataDir, "--cxadvisor.reload.enabled=false");
    }

    private void use(ConfigurableApplicationContext server) {
        port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void aSavedSetOpensAgainAfterTheServerRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "restart-");
        String id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            use(first);
            ScenarioSetPagesBrowserTest.consultant(first.getBean(UserAccounts.class), "restart-consultant");
            open("/login?lang=en");
            signIn("restart-consultant", ScenarioSetPagesBrowserTest.PASSWORD);
            open("/scenarios?lang=en");
            id = ScenarioSetPagesBrowserTest.saveScenarioSet(this, "Warm welcome", "Kept across a restart");
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            use(second);
            driver.manage().deleteAllCookies();
            open("/login?lang=en");
            signIn("restart-consultant", ScenarioSetPagesBrowserTest.PASSWORD);
            open("/scenarios?lang=en&set=" + id);
            ScenarioSetPagesBrowserTest.assertShowsSet(this, "Warm welcome", "Kept across a restart");
            screenshot("scenario-set-after-restart.png", false);
        }
    }
}
