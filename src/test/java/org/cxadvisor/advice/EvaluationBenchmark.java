package org.cxadvisor.advice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full evaluation of a realistic profile (rules/examples/premium-coffee-bar.json) against the whole shipped
 * knowledge base: a fresh session, all rules fired, results collected, session disposed. Goal: median ≤ 30 µs.
 * Run on demand: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=EvaluationBenchmark}.
 * {@code report} adds the texts and open questions, i.e. what POST /api/advice does minus HTTP and JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    private AdviceEngine engine;
    private KnowledgeBase knowledgeBase;
    private CompanyProfile profile;

    @Setup
    public void setUp() throws Exception {
        knowledgeBase = new KnowledgeBaseLoader(Clock.systemUTC()).load(Path.of("rules"));
        engine = new AdviceEngine(10_000);
        profile = ProfileReader.read(JsonText.parse(Files.readAllBytes(Path.of("rules/examples/premium-coffee-bar.json"))));
    }

    @Benchmark
    public Evaluation evaluate() {
        return engine.evaluate(knowledgeBase, profile);
    }

    @Benchmark
    public AdviceReport report() {
        return ReportWriter.write(engine.evaluate(knowledgeBase, profile), java.util.Locale.ENGLISH);
    }
}
