package org.cxadvisor.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What-if speed, on demand: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=ScenarioBenchmark}.
 * <ul>
 *   <li>{@code compareBatch}: a scenario batch of 10,000 variants (apply changes, validate, evaluate, diff) against
 *       one pinned knowledge base; the score is evaluations per second (goal: at least 20,000).</li>
 *   <li>{@code evaluateOnly}: the engine alone over the same 10,000 profiles, evaluations per second.</li>
 *   <li>{@code counterfactuals}: one full counterfactual analysis of the example baseline, milliseconds (goal of
 *       issue 15: at most 2 ms).</li>
 *   <li>{@code sweepNps}: a sweep of the baseline's {@code npsScore} over all its 201 values, milliseconds; in
 *       process, because the API takes at most {@value ScenarioRequest#MAX_SWEEP_VALUES} values a request (goal of
 *       issue 15: at most 3 ms).</li>
 * </ul>
 * Uses the shipped {@code rules/} (or {@code -p rulesDir=DIR}); the numbers scale with the size of the knowledge base.
 * JMH options go after the regex: {@code -Dbench="ScenarioBenchmark -p rulesDir=/tmp/rules5x -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScenarioBenchmark {

    static final int BATCH = 10_000;

    /** The rules folder; {@code -p rulesDir=/path} measures a bigger knowledge base. */
    @Param({"rules"})
    public String rulesDir;

    private ScenarioService scenarios;
    private EvaluationService evaluation;
    private KnowledgeBase kb;
    private ScenarioRequest.Comparison batch;
    private CompanyProfile baseline;
    private ScenarioRequest.Sweep sweep;

    @Setup
    public void setUp() throws Exception {
        kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(Path.of(rulesDir));
        evaluation = new EvaluationService(() -> kb, new AdviceEngine(10_000));
        scenarios = new ScenarioService(evaluation);
        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) JsonText.parse(
                java.nio.file.Files.readAllBytes(Path.of("docs/examples/scenarios/price-fighter.json")));
        Random random = new Random(42);
        List<Object> variants = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("employeeEngagement", 1 + random.nextInt(5));
            changes.put("hiringForServiceAttitude", random.nextBoolean());
            changes.put("processValue", 1 + random.nextInt(5));
            changes.put("entertainmentValue", 1 + random.nextInt(5));
            changes.put("customerValue.emotional", 1 + random.nextInt(5));
            variants.add(Map.of("name", "variant " + i, "changes", changes));
        }
        // Read as requests of at most MAX_VARIANTS each (the contract's limit), run as one batch.
        List<ScenarioRequest.Variant> all = new ArrayList<>();
        for (int from = 0; from < BATCH; from += ScenarioRequest.MAX_VARIANTS) {
            all.addAll(ScenarioRequest.comparison(Map.of("baseline", file.get("baseline"), "variants",
                    variants.subList(from, from + ScenarioRequest.MAX_VARIANTS)), Locale.ENGLISH).variants());
        }
        baseline = ScenarioRequest.comparison(Map.of("baseline", file.get("baseline"), "variants", variants.subList(0, 1)),
                Locale.ENGLISH).baseline();
        batch = new ScenarioRequest.Comparison(baseline, all);
        sweep = allNpsValues(baseline);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void compareBatch(Blackhole bh) {
        bh.consume(scenarios.compare(batch));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void evaluateOnly(Blackhole bh) {
        for (ScenarioRequest.Variant v : batch.variants()) {
            bh.consume(evaluation.evaluate(kb, v.profile()));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void counterfactuals(Blackhole bh) {
        bh.consume(Counterfactuals.analyse(evaluation, kb, baseline));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void sweepNps(Blackhole bh) {
        bh.consume(scenarios.sweep(sweep));
    }

    /** The sweep the API would run for values -100..100, were it not limited to fewer values a request. */
    static ScenarioRequest.Sweep allNpsValues(CompanyProfile baseline) {
        List<Object> values = new ArrayList<>();
        List<CompanyProfile> profiles = new ArrayList<>();
        for (int nps = -100; nps <= 100; nps++) {
            values.add(nps);
            profiles.add(baseline.with(org.cxadvisor.profile.ProfileField.NPS_SCORE, nps));
        }
        return new ScenarioRequest.Sweep(baseline, org.cxadvisor.profile.ProfileField.NPS_SCORE, values, profiles);
    }
}
