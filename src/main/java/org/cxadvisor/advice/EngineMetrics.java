package org.cxadvisor.advice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own metrics (contract, "Operations"): {@code cxadvisor.rule.firings{rule}} for every firing of every
 * evaluation, what-if trials included; {@code cxadvisor.evaluation} for the time of each evaluation; and
 * {@code cxadvisor.advice{advice}} for each advice given in a report, which what-if trials are not. Counters are
 * kept per name, so that a firing costs a map lookup and an add, not a registry lookup.
 */
public final class EngineMetrics {

    /** For the command line and tests: meters that count nothing. */
    public static final EngineMetrics NONE = new EngineMetrics(new CompositeMeterRegistry());

    private final MeterRegistry registry;
    private final Timer evaluations;
    private final Map<String, Counter> firings = new ConcurrentHashMap<>();
    private final Map<String, Counter> advice = new ConcurrentHashMap<>();

    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluations = Timer.builder("cxadvisor.evaluation").description("Time to evaluate one profile")
                .register(registry);
    }

    void fired(String rule) {
        firings.computeIfAbsent(rule, r -> Counter.builder("cxadvisor.rule.firings").tag("rule", r)
                .description("Rule firings, per rule").register(registry)).increment();
    }

    void evaluated(long nanos) {
        evaluations.record(nanos, TimeUnit.NANOSECONDS);
    }

    void gave(AdviceReport report) {
        for (AdviceReport.Item item : report.advice()) {
            advice.computeIfAbsent(item.id(), id -> Counter.builder("cxadvisor.advice").tag("advice", id)
                    .description("Advice given in reports, per advice").register(registry)).increment();
        }
    }
}
