package org.cxadvisor.advice;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.ops.LoadBenchmark;
import org.cxadvisor.ops.ScaleDemo;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/advice} stage by stage, in process, against the shipped knowledge base (issue 15): {@code parse}
 * (JSON into a validated {@link CompanyProfile}), {@code report} (texts, sources, rationales, summary) and
 * {@code json} (the report written by Jackson, as the server does) for one realistic profile; {@code evaluate} (the
 * rules) and {@code request} (all four) rotate over 1,000 distinct realistic profiles, as the load script does, so
 * that a kept session always gets a profile other than its last one; {@code evaluateFresh} evaluates them in a fresh
 * session each. Run on demand with the allocation profiler (the bench profile adds
 * {@code -prof gc}; gc.alloc.rate.norm is bytes per request):
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench=EvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class EvaluationBenchmark {

    /** An example of rules/examples; b2b-manufacturer gets a full report (ten items, open questions, plans). */
    @Param({"b2b-manufacturer"})
    public String example;

    private final JsonMapper jackson = JsonMapper.builder().build();
    private AdviceEngine engine;
    private AdviceEngine freshSessions;
    private List<byte[]> bodies;
    private List<CompanyProfile> profiles;
    private int next;
    private KnowledgeBase knowledgeBase;
    private byte[] body;
    private CompanyProfile profile;
    private Evaluation evaluation;
    private AdviceReport report;

    @Setup
    public void setUp() throws Exception {
        knowledgeBase = new KnowledgeBaseLoader(Clock.systemUTC()).load(Path.of("rules"));
        engine = new AdviceEngine(10_000);
        freshSessions = new AdviceEngine(AdviceEngine.Limits.of(10_000, AdviceEngine.DEFAULT_TIME_BUDGET).freshSessions());
        bodies = LoadBenchmark.distinctProfiles(ScaleDemo.ExampleProfiles.all(Path.of("rules")), 1000).stream()
                .map(json -> json.getBytes(StandardCharsets.UTF_8)).toList();
        profiles = bodies.stream().map(b -> ProfileReader.read(JsonText.parse(b))).toList();
        body = Files.readAllBytes(Path.of("rules/examples/" + example + ".json"));
        profile = parse();
        evaluation = engine.evaluate(knowledgeBase, profile);
        report = report();
    }

    @Benchmark
    public CompanyProfile parse() {
        return ProfileReader.read(JsonText.parse(body));
    }

    @Benchmark
    public Evaluation evaluate() {
        return engine.evaluate(knowledgeBase, profiles.get(next++ % profiles.size()));
    }

    @Benchmark
    public Evaluation evaluateFresh() {
        return freshSessions.evaluate(knowledgeBase, profiles.get(next++ % profiles.size()));
    }

    @Benchmark
    public AdviceReport report() {
        return ReportWriter.write(evaluation, Locale.ENGLISH);
    }

    /** Streamed, as the server writes a response body, so that no copy of the whole body is counted. */
    @Benchmark
    public void json() {
        jackson.writeValue(OutputStream.nullOutputStream(), report);
    }

    @Benchmark
    public void request() {
        CompanyProfile read = ProfileReader.read(JsonText.parse(bodies.get(next++ % bodies.size())));
        jackson.writeValue(OutputStream.nullOutputStream(), ReportWriter.write(engine.evaluate(knowledgeBase, read), Locale.ENGLISH));
    }
}
