package org.cxadvisor.fault;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rule files that must not be able to take the service down: a {@code then} part that sleeps, spins, exits the JVM
 * or keeps re-firing, and rules that break the conventions. Each is saved into the live rules folder of a running
 * service; the service must keep answering, name the rule's file within 10 s, and not serve it.
 */
final class RuleFaults implements FaultClass {

    private static final String HEADER = """
            package cxadvisor;

            import org.cxadvisor.profile.*;
            import org.cxadvisor.advice.Advice;
            import org.cxadvisor.advice.Conclusion;
            import org.cxadvisor.advice.Priority;
            import org.cxadvisor.advice.ExperienceQuadrant;

            """;

    private static final String TEXTS = """
            fault-advice:
              en: {title: Fault, summary: Fault, actions: [Fault], rationale: Fault}
              nl: {title: Fout, summary: Fout, actions: [Fout], rationale: Fout}
            """;

    @Override
    public String name() {
        return "rule-fault";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        for (Map.Entry<String, String> fault : faults().entrySet()) {
            for (int i = 0; i < (soak ? 2 : 1); i++) {
                tally.check(fault.getKey(), () -> tryRule(context, fault.getValue()));
                context.restoreRules();
            }
        }
    }

    private static Map<String, String> faults() {
        Map<String, String> faults = new LinkedHashMap<>();
        faults.put("then part sleeps", conclusionRule("Fault sleeps", "Thread.sleep(60000);"));
        faults.put("then part spins", conclusionRule("Fault spins", "while (true) { }"));
        faults.put("then part exits", conclusionRule("Fault exits", "System.exit(0);"));
        faults.put("then part spins without a loop keyword", conclusionRule("Fault recurses",
                "java.util.stream.IntStream.iterate(0, i -> i + 1).forEach(i -> { });"));
        faults.put("re-fires without end (accumulate count)", HEADER + """
                rule "Fault counts itself"
                    @concludes("FAULT_COUNT") @kpoints("K8") @source("geurtsen-2012")
                when
                    CompanyProfile( )
                    $n : Number( ) from accumulate( Conclusion( type == "RELATIONSHIP_GAP" ), count(1) )
                then
                    insert(Conclusion.relationshipGap(kcontext, $n.intValue()));
                end
                """);
        faults.put("unknown @category", HEADER + """
                rule "Fault has an unknown category"
                    @category("MVO") @adviceId("fault-advice") @kpoints("K28") @source("ecommerce-expander")
                when
                    CompanyProfile( )
                then
                    insertLogical(Advice.of(kcontext, Priority.HIGH));
                end
                """);
        faults.put("no metadata", HEADER + """
                rule "Fault has no metadata"
                when
                    CompanyProfile( )
                then
                    insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
                end
                """);
        return faults;
    }

    private static String conclusionRule(String name, String statement) {
        return HEADER + "rule \"" + name + "\"\n    @concludes(\"FAULT\") @kpoints(\"K8\") @source(\"geurtsen-2012\")\n"
                + "when\n    CompanyProfile( )\nthen\n    " + statement
                + "\n    insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));\nend\n";
    }

    /** Null when the service named the file within 10 s, answered every request meanwhile and no longer serves it. */
    private static String tryRule(FaultContext context, String drl) throws Exception {
        ServiceProcess service = context.service();
        RawHttp http = service.http();
        if (drl.contains("fault-advice")) {
            Files.writeString(context.rules().resolve("zz-fault.texts.yaml"), TEXTS);
        }
        Files.writeString(context.rules().resolve("zz-fault.drl"), drl);
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<String> problems = new ArrayList<>();
        try {
            List<Future<RawHttp.Response>> answers = new ArrayList<>();
            String named = null;
            while (named == null && System.nanoTime() - start < 10_000_000_000L && service.alive()) {
                answers.add(clients.submit(() -> http.postJson("/api/advice", FaultContext.PROFILE)));
                RawHttp.Response kb = http.get("/api/knowledge-base");
                named = kb.body().contains("\"file\":\"zz-fault.drl\"") ? kb.body() : null;
                Thread.sleep(300);
            }
            if (!service.alive()) {
                return "the service stopped (exit code " + service.awaitExit(java.time.Duration.ZERO) + ")";
            }
            if (named == null) {
                problems.add("GET /api/knowledge-base did not name zz-fault.drl within 10 s");
            } else if (!named.matches("(?s).*\"line\":[1-9].*")) {
                problems.add("named without a line: " + named);
            }
            for (Future<RawHttp.Response> answer : answers) {
                try {
                    RawHttp.Response r = answer.get();
                    if (r.status() != 200 && BadRequests.problem(r, false) != null && !r.body().contains("zz-fault.drl")
                            && !r.body().contains("Fault")) {
                        problems.add("meanwhile POST /api/advice got " + r.status() + ": " + r.body());
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    problems.add("meanwhile POST /api/advice got no answer within 10 s: " + e.getCause());
                }
            }
            RawHttp.Response after = http.postJson("/api/advice", FaultContext.PROFILE);
            if (after.status() != 200 || after.body().contains("FAULT")) {
                problems.add("the rule is still in service: " + after.status() + " " + after.body());
            }
            RawHttp.Response health = http.get("/actuator/health");
            if (health.status() != 200 || !health.body().contains("DEGRADED")) {
                problems.add("health does not show the refused rules: " + health.status() + " " + health.body());
            }
        } finally {
            clients.shutdownNow();
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }
}
