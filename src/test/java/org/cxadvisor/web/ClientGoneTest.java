package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cxadvisor.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A what-if whose client closes the connection stops at its next evaluation instead of running to its end. The
 * what-if here is a stand-in that takes 50 ms per step and checks its budget before each, as the engine does before
 * each evaluation, so that how long the work would run does not depend on the rules or on the machine's speed.
 */
@EnabledOnOs(OS.LINUX)
@Import(ClientGoneTest.SlowWhatIf.class)
class ClientGoneTest extends HttpTest {

    @Autowired
    SlowWhatIf whatIf;

    @BeforeEach
    void freshWork() {
        whatIf.reset();
    }

    @Test
    void workStopsSoonAfterItsClientHasGone() throws Exception {
        try (Socket client = new Socket("localhost", port)) {
            send(client, 400);
            // the client leaves while the work runs, however long a busy machine took to start it
            whatIf.started.get(10, TimeUnit.SECONDS);
            Thread.sleep(300);
        }
        // 400 steps would take 20 s; a look every 200 ms finds the closed connection.
        assertThat(whatIf.ended.get(10, TimeUnit.SECONDS)).startsWith("stopped after step ");
        assertThat(Integer.parseInt(whatIf.ended.get().replaceAll("\\D", ""))).isLessThan(100);
    }

    @Test
    void workForAClientThatWaitsRunsToItsEnd() throws Exception {
        var answer = api.post("/api/scenarios/client-gone-test?steps=10", "{}", "Content-Type", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(whatIf.ended.get(10, TimeUnit.SECONDS)).isEqualTo("finished");
    }

    private static void send(Socket client, int steps) throws Exception {
        OutputStream out = client.getOutputStream();
        out.write(("POST /api/scenarios/client-gone-test?steps=" + steps + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @TestConfiguration
    @RestController
    static class SlowWhatIf {

        volatile CompletableFuture<Void> started;
        volatile CompletableFuture<String> ended;

        void reset() {
            started = new CompletableFuture<>();
            ended = new CompletableFuture<>();
        }

        @PostMapping("/api/scenarios/client-gone-test")
        String work(@RequestParam int steps) throws InterruptedException {
            started.complete(null);
            WorkBudget budget = WorkBudget.current();
            for (int step = 0; step < steps; step++) {
                try {
                    WorkBudget.check(budget);
                } catch (WorkBudget.ClientGoneException e) {
                    ended.complete("stopped after step " + step);
                    throw e;
                }
                Thread.sleep(50);
            }
            ended.complete("finished");
            return "{}";
        }
    }
}
