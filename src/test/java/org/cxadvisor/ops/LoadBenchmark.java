package org.cxadvisor.ops;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The HTTP load benchmark of issue 15, on demand and over loopback: starts the packaged jar (embedded H2, the shipped
 * rules), then drives each endpoint in turn over the same number of connections and reports requests per second
 * and the server's own CPU time per request (from /proc, so the client's work is not counted).
 * <pre>
 *   ./mvnw package -DskipTests
 *   ./mvnw -Pdemo test-compile exec:exec -Ddemo=LoadBenchmark [-Ddemo.threads=4] [-Ddemo.warmup=60] [-Ddemo.rounds=3]
 *       [-Ddemo.client=wrk|java]
 * </pre>
 * The client is wrk where it is installed ({@code apt-get install wrk}), as the issue measured; else, or with
 * {@code java}, Java's HttpClient from as many threads, which takes more of the machine's two cores from the server.
 * {@code /api/advice} rotates over {@code profiles} distinct realistic profiles, made from the example profiles with
 * their scores, practices and measures drawn at random (seeded, so runs compare), so no cache of whole answers
 * can be what makes it fast. {@code GET /api/knowledge-base} is the cheap endpoint it is compared with in the same run.
 * First it tells the start-up: seconds from {@code java -jar} to ready, and to the first answer of {@code /api/advice}.
 */
public final class LoadBenchmark {

    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("phase.seconds", 10));
    private static final int THREADS = Integer.getInteger("threads", 4);
    /** Mixed load before the measured phases: on these small machines the JIT takes about a minute to settle. */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("warmup.seconds", 60));
    /** Each endpoint is measured this many times, in turn; the table gives the medians. */
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final Pattern SCALE = Pattern.compile("\"(processValue|entertainmentValue|relationshipWarmth|"
            + "targetRelationshipWarmth|personalization|employeeEngagement|socialMediaPresence|standardization|"
            + "functional|economic|emotional|symbolic)\"\\s*:\\s*\\d");
    private static final Pattern FLAG = Pattern.compile("\"(hiringForServiceAttitude|personalGestures|"
            + "opinionLeaderProgram|sensoryDesign|plannedSurprises|brandStorytelling)\"\\s*:\\s*(true|false)");
    /** The most values a sweep request may have (the contract's limit): every other NPS from -99 to 99. */
    private static final String SWEEP_VALUES = IntStream.rangeClosed(0, 99).mapToObj(i -> String.valueOf(2 * i - 99))
            .collect(Collectors.joining(", ", "[", "]"));
    private static final Pattern NPS = Pattern.compile("\"npsScore\"\\s*:\\s*-?\\d+");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/cx-advisor.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println("No target/cx-advisor.jar: run ./mvnw package -DskipTests first.");
            System.exit(2);
        }
        List<String> profiles = distinctProfiles(ScaleDemo.ExampleProfiles.all(Path.of("rules")),
                Integer.getInteger("profiles", 1000));
        Path work = Files.createTempDirectory("cx-load");
        try (Instance server = Instance.start(jar, Path.of("rules").toAbsolutePath(), work, List.of())) {
            server.awaitReady();
            double ready = server.secondsSinceStart();
            long firstStart = System.nanoTime();
            int firstStatus = HttpClient.newHttpClient().send(
                    Endpoint.post("POST /api/advice", "/api/advice", profiles).request(server, 0),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.printf("start-up: ready after %.1f s; the first POST /api/advice (%d) took %.2f s, answered %.1f s"
                    + " after java -jar%n", ready, firstStatus, (System.nanoTime() - firstStart) / 1e9,
                    server.secondsSinceStart());
            List<Endpoint> endpoints = List.of(Endpoint.get("/api/knowledge-base"),
                    Endpoint.post("POST /api/advice", "/api/advice", profiles),
                    Endpoint.post("POST /api/scenarios/counterfactuals", "/api/scenarios/counterfactuals",
                            profiles.stream().map(p -> "{\"profile\": " + p + "}").toList()),
                    Endpoint.post("POST /api/scenarios/sweep (npsScore, 100 values)", "/api/scenarios/sweep",
                            profiles.stream().map(p -> "{\"baseline\": " + p + ", \"field\": \"npsScore\", "
                                    + "\"values\": " + SWEEP_VALUES + "}").toList()));
            LoadClient client = client(work);
            client.warmUp(server, endpoints, WARM_UP);
            System.out.printf("%n%s, %d client connections, %d s of warm-up, %d s per endpoint, %d rounds, %d distinct"
                    + " profiles%n", client.name(), THREADS, WARM_UP.toSeconds(), PHASE.toSeconds(), ROUNDS, profiles.size());
            List<List<Phase>> phases = endpoints.stream().map(e -> (List<Phase>) new ArrayList<Phase>()).toList();
            for (int round = 0; round < ROUNDS; round++) {
                for (int e = 0; e < endpoints.size(); e++) {
                    Endpoint endpoint = endpoints.get(e);
                    phases.get(e).add(measure(server, () -> client.run(server, endpoint, PHASE)));
                }
            }
            System.out.println("\n| endpoint | requests/s | server CPU per answered request | of which request threads"
                    + " | failed or 429 | p50 | p99 |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int e = 0; e < endpoints.size(); e++) {
                List<Phase> p = phases.get(e);
                System.out.printf("| %s | %,.0f | %,.0f µs | %,.0f µs | %d | %.2f ms | %.2f ms |%n", endpoints.get(e).name(),
                        median(p, ph -> ph.result.perSecond()), median(p, Phase::cpuMicrosPerRequest),
                        median(p, Phase::requestThreadsMicrosPerRequest),
                        p.stream().mapToLong(ph -> ph.result.failed() + ph.result.shed()).sum(),
                        median(p, ph -> ph.result.p50Millis()), median(p, ph -> ph.result.p99Millis()));
            }
            System.out.printf("%n/api/advice reaches %.2f× the requests per second of /api/knowledge-base (medians of"
                    + " %d rounds; per round: %s).%n", median(phases.get(1), ph -> ph.result.perSecond())
                    / median(phases.get(0), ph -> ph.result.perSecond()), ROUNDS,
                    IntStream.range(0, ROUNDS).mapToObj(r -> String.format("%.2f", phases.get(1).get(r).result.perSecond()
                            / phases.get(0).get(r).result.perSecond())).collect(Collectors.joining(", ")));
            System.out.println("The server's heap after the load and a full collection: " + server.liveHeap());
        }
        Processes.deleteTree(work);
    }

    /**
     * One endpoint's turn: the whole server's CPU per answered request (with the JIT compiler and the garbage
     * collector), and that of the threads that serve requests and evaluate rules alone.
     */
    private record Phase(LoadDriver.Result result, double cpuMicrosPerRequest, double requestThreadsMicrosPerRequest) {
    }

    private static Phase measure(Instance server, Callable<LoadDriver.Result> load) throws Exception {
        long cpuBefore = server.cpuMicros();
        long threadsBefore = server.requestThreadsCpuMicros();
        LoadDriver.Result result = load.call();
        // Per answered request: a what-if shed with 429 (more than the heavy-request limit at once) costs next to nothing.
        double answered = Math.max(1, result.requests() - result.failed() - result.shed());
        return new Phase(result, (server.cpuMicros() - cpuBefore) / answered,
                (server.requestThreadsCpuMicros() - threadsBefore) / answered);
    }

    private static double median(List<Phase> phases, java.util.function.ToDoubleFunction<Phase> value) {
        double[] sorted = phases.stream().mapToDouble(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The load's client: wrk where it is installed (or {@code -Dclient=wrk}), else Java's HttpClient ({@code -Dclient=java}). */
    private static LoadClient client(Path work) throws IOException {
        String chosen = System.getProperty("client", "");
        return chosen.equals("wrk") || chosen.isEmpty() && WrkLoad.installed() ? new WrkLoad(THREADS, work)
                : new JavaLoad(THREADS);
    }

    /** {@code count} profiles: each an example with its scales, practices and NPS drawn at random. */
    public static List<String> distinctProfiles(List<String> examples, int count) {
        Random random = new Random(42);
        List<String> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String profile = examples.get(i % examples.size());
            profile = replace(SCALE, profile, m -> "\"" + m.group(1) + "\": " + (1 + random.nextInt(5)));
            profile = replace(FLAG, profile, m -> "\"" + m.group(1) + "\": " + random.nextBoolean());
            profile = replace(NPS, profile, m -> "\"npsScore\": " + (random.nextInt(201) - 100));
            profiles.add(profile.replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"#" + i + " "));
        }
        return profiles;
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
