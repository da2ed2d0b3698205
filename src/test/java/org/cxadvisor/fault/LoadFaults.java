package org.cxadvisor.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Valid requests under load: 128 concurrent counterfactual requests (the probe saw 5-19% 500s); each must be
 * answered (within 120 s: queueing is allowed, failing is not), 200 or a 429 problem with Retry-After, never a 5xx. During the load, {@code /api/advice} must answer.
 */
final class LoadFaults implements FaultClass {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        RawHttp http = context.service().http();
        String body = "{\"profile\":" + FaultContext.PROFILE + "}";
        for (int round = 0; round < (soak ? 3 : 1); round++) {
            ExecutorService clients = Executors.newFixedThreadPool(129);
            try {
                List<Future<RawHttp.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 128; i++) {
                    answers.add(clients.submit(() -> http.send(RawHttp.post("/api/scenarios/counterfactuals", body, ""), new byte[0], 120_000)));
                }
                Future<RawHttp.Response> advice = clients.submit(() -> http.postJson("/api/advice", FaultContext.PROFILE));
                for (int i = 0; i < answers.size(); i++) {
                    Future<RawHttp.Response> answer = answers.get(i);
                    tally.check("counterfactuals " + round + "." + i, () -> {
                        RawHttp.Response r = answer.get();
                        if (r.status() == 200) {
                            return null;
                        }
                        if (r.status() == 429 && r.header("Retry-After").isEmpty()) {
                            return "429 without Retry-After";
                        }
                        return BadRequests.problem(r, false);
                    });
                }
                tally.check("advice during the load " + round, () -> {
                    RawHttp.Response r = advice.get();
                    return r.status() == 200 ? null : r.status() + " " + r.body();
                });
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
