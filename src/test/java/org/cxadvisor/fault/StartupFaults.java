package org.cxadvisor.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Start-up and reload with a rules folder that cannot serve: empty, without advice, unreadable (not UTF-8), and a
 * crash (SIGKILL) while a refused file is on disk. Never an empty knowledge base, never a stack trace; after a
 * crash the last good generation serves again.
 */
final class StartupFaults implements FaultClass {

    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    @Override
    public String name() {
        return "start-up";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        tally.check("start on an empty folder", () -> refusedStart(context, context.folder("empty"), "no rule"));
        tally.check("start without advice rules", () -> {
            Path rules = context.folder("classification-only");
            Files.copy(Path.of("rules/classification.drl"), rules.resolve("classification.drl"));
            return refusedStart(context, rules, "advice");
        });
        tally.check("start on a non-UTF-8 file", () -> {
            Path rules = context.folder("latin1");
            FaultContext.copyShippedRules(rules);
            Files.write(rules.resolve("zz-latin1.drl"), "// caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return refusedStart(context, rules, "zz-latin1.drl");
        });
        tally.check("reload to an empty folder", () -> emptiedWhileRunning(context));
        tally.check("crash while a refused file is on disk", () -> crashWithBrokenFile(context));
    }

    /** The service must not start, must say why (naming {@code expected}), and print no stack trace. */
    private static String refusedStart(FaultContext context, Path rules, String expected) throws Exception {
        ServiceProcess service = new ServiceProcess(rules, context.folder("data"), context.folder("refused"));
        try {
            if (service.start()) {
                return "started and serves " + service.http().get("/api/knowledge-base").body();
            }
            String out = service.output();
            if (!out.toLowerCase().contains(expected.toLowerCase())) {
                return "the output does not name '" + expected + "': " + tail(out);
            }
            if (STACK_TRACE.matcher(out).find()) {
                return "a stack trace: " + tail(out);
            }
            return service.awaitExit(Duration.ofSeconds(5)) == 0 ? "exit code 0" : null;
        } finally {
            service.kill();
        }
    }

    private static String emptiedWhileRunning(FaultContext context) throws Exception {
        Path rules = context.folder("to-empty");
        FaultContext.copyShippedRules(rules);
        try (ServiceProcess service = new ServiceProcess(rules, context.folder("data"), context.folder("emptied"))) {
            if (!service.start()) {
                return "did not start: " + tail(service.output());
            }
            try (var files = Files.list(rules)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(f);
                }
            }
            Thread.sleep(3000);
            RawHttp.Response kb = service.http().get("/api/knowledge-base");
            RawHttp.Response advice = service.http().postJson("/api/advice", FaultContext.PROFILE);
            if (!kb.body().contains("FAILED") || !advice.body().contains("\"category\"")) {
                return "the empty folder was taken into service: " + kb.body();
            }
            return null;
        }
    }

    private static String crashWithBrokenFile(FaultContext context) throws Exception {
        Path rules = context.folder("crash");
        FaultContext.copyShippedRules(rules);
        Path data = context.folder("data");
        Path work = context.folder("crashed");
        ServiceProcess service = new ServiceProcess(rules, data, work);
        try {
            if (!service.start()) {
                return "did not start: " + tail(service.output());
            }
            Files.writeString(rules.resolve("zz-broken.drl"), "package cxadvisor;\nrule \"Broken\" when then end end\n");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && !service.http().get("/api/knowledge-base").body().contains("FAILED")) {
                Thread.sleep(200);
            }
            service.kill();
            if (!service.start()) {
                return "after the crash the service does not start: " + tail(service.output());
            }
            RawHttp.Response kb = service.http().get("/api/knowledge-base");
            RawHttp.Response advice = service.http().postJson("/api/advice", FaultContext.PROFILE);
            RawHttp.Response ready = service.http().get("/actuator/health/readiness");
            if (!kb.body().contains("zz-broken.drl") || !advice.body().contains("\"category\"") || ready.status() != 200) {
                return "after the crash: knowledge base " + kb.body() + ", advice " + advice.status() + ", readiness "
                        + ready.status();
            }
            return null;
        } finally {
            service.kill();
        }
    }

    static String tail(String output) {
        return output.length() > 600 ? output.substring(output.length() - 600) : output;
    }
}
