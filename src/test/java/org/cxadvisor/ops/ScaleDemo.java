package org.cxadvisor.ops;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxadvisor.support.RulesFolder;

/**
 * The scale demonstration of docs/operations.md, on this machine and loopback only: a PostgreSQL server (Debian's
 * package), two instances of the jar on one database and one rules folder, load across both, a rule edited under
 * load, and an assessment saved through one instance and read through the other. Bounded: about two minutes.
 * <pre>
 *   ./mvnw package -DskipTests
 *   ./mvnw -Pdemo test-compile exec:exec
 * </pre>
 * It prints one line per step and a summary table; it exits 1 when a goal is missed (a failed request, the new
 * rules not on both instances within 5 s, an assessment not readable through the other instance).
 */
public final class ScaleDemo {

    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("phase.seconds", 15));
    private static final int THREADS = Integer.getInteger("threads", 8);
    private static final String ADMIN_PASSWORD = "scale-demo-" + Long.toHexString(System.nanoTime());

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> profiles;

    private ScaleDemo(List<String> profiles) {
        this.profiles = profiles;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/cx-advisor.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println("No target/cx-advisor.jar: run ./mvnw package -DskipTests first.");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("cx-scale-demo");
        Path rules = work.resolve("rules");
        RulesFolder.copyOfShippedRules(rules);
        ScaleDemo demo = new ScaleDemo(ExampleProfiles.all(rules));
        int exit;
        try (Postgres db = Postgres.start(work.resolve("pg"));
             Instance a = Instance.start(jar, rules, work.resolve("a"), db.arguments(ADMIN_PASSWORD));
             Instance b = Instance.start(jar, rules, work.resolve("b"), db.arguments(ADMIN_PASSWORD))) {
            a.awaitReady();
            b.awaitReady();
            exit = demo.run(a, b, rules) ? 0 : 1;
        }
        Processes.deleteTree(work);
        System.exit(exit);
    }

    private boolean run(Instance a, Instance b, Path rules) throws Exception {
        boolean ok = true;
        say("Warm-up: 5 s of load on both instances");
        new LoadDriver().run(THREADS, Duration.ofSeconds(5), n -> advice(n % 2 == 0 ? a : b, n));

        LoadDriver.Result one = new LoadDriver().run(THREADS, PHASE, n -> advice(a, n));
        say("One instance:  " + one);
        LoadDriver.Result two = new LoadDriver().run(THREADS, PHASE, n -> advice(n % 2 == 0 ? a : b, n));
        say("Two instances: " + two);

        say("Rule edit under load across both instances");
        String before = version(a);
        LoadDriver during = new LoadDriver();
        CompletableFuture<LoadDriver.Result> load = CompletableFuture.supplyAsync(() -> {
            try {
                return during.run(THREADS, Duration.ofSeconds(30), n -> advice(n % 2 == 0 ? a : b, n));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(2_000);
        Path edited = rules.resolve("surprise.drl");
        long editedAt = System.nanoTime();
        Files.writeString(edited, Files.readString(edited) + "\n// edited by the scale demonstration\n");
        double aSeconds = awaitNewVersion(a, before, editedAt);
        double bSeconds = awaitNewVersion(b, before, editedAt);
        Thread.sleep(3_000);
        during.stop();
        LoadDriver.Result reload = load.get();
        boolean sameVersion = version(a).equals(version(b)) && !version(a).equals(before);
        say(String.format("New version on instance A after %.2f s, on B after %.2f s; same version: %s", aSeconds,
                bSeconds, sameVersion));
        say("Load during the edit: " + reload);
        for (Instance instance : List.of(a, b)) {
            // the reload's own time (compile and checks) against the time the demonstration saw
            instance.logLines(" reloaded from ").forEach(line -> say(line.replaceFirst("^.*Knowledge base", "Knowledge base")));
        }
        ok &= reload.failed() == 0 && one.failed() == 0 && two.failed() == 0;
        ok &= sameVersion && Math.max(aSeconds, bSeconds) <= 5.0;

        String id = saveAssessment(a);
        int readThroughB = get(b, "/api/assessments/" + id, false).statusCode();
        int listedThroughB = get(b, "/api/assessments?size=100", true).body().contains(id) ? 200 : 404;
        say("Assessment " + id + " saved through A; read through B: " + readThroughB + "; listed through B: "
                + (listedThroughB == 200));
        ok &= readThroughB == 200 && listedThroughB == 200;

        String metrics = get(a, "/actuator/prometheus", true).body();
        boolean firings = metrics.contains("cxadvisor_rule_firings_total{");
        say("Prometheus on A (as ADMIN) has rule firings per rule: " + firings);
        ok &= firings;

        System.out.printf("%n| measure | value |%n|---|---|%n");
        System.out.printf("| failed requests (all phases) | %d |%n", one.failed() + two.failed() + reload.failed());
        System.out.printf("| throughput, one instance | %,.0f req/s |%n", one.perSecond());
        System.out.printf("| throughput, two instances | %,.0f req/s |%n", two.perSecond());
        System.out.printf("| new rules on A / B after the edit | %.2f s / %.2f s |%n", aSeconds, bSeconds);
        System.out.printf("| assessment saved on A, read on B | %s |%n", readThroughB == 200 ? "yes" : "no");
        System.out.printf("| firings per rule in /actuator/prometheus | %s |%n", firings ? "yes" : "no");
        System.out.println(ok ? "All goals met." : "A goal was missed (see above).");
        return ok;
    }

    private HttpRequest advice(Instance instance, int n) {
        return HttpRequest.newBuilder(instance.uri("/api/advice")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(profiles.get(Math.floorMod(n, profiles.size())))).build();
    }

    private String saveAssessment(Instance instance) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(instance.uri("/api/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\": " + profiles.get(0) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Saving an assessment gave " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    private double awaitNewVersion(Instance instance, String before, long since) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (version(instance).equals(before)) {
            if (System.nanoTime() > deadline) {
                return Double.POSITIVE_INFINITY;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - since) / 1e9;
    }

    private String version(Instance instance) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(get(instance, "/api/knowledge-base", false).body());
        return m.find() ? m.group(1) : "?";
    }

    private HttpResponse<String> get(Instance instance, String path, boolean asAdmin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path)).GET();
        if (asAdmin) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void say(String line) {
        System.out.println("scale-demo: " + line);
    }

    /** The example profiles shipped with the rules (or, in older layouts, in docs/examples), as JSON bodies. */
    public static final class ExampleProfiles {
        public static List<String> all(Path rules) throws IOException {
            Path folder = Files.isDirectory(rules.resolve("examples")) ? rules.resolve("examples") : Path.of("docs/examples");
            try (var files = Files.list(folder)) {
                List<String> bodies = files.filter(f -> f.toString().endsWith(".json")).sorted().map(Processes::read).toList();
                if (bodies.isEmpty()) {
                    throw new IllegalStateException("No example profiles in " + folder);
                }
                return bodies;
            }
        }
    }
}
