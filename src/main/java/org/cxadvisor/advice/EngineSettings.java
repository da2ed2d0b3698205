package org.cxadvisor.advice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How evaluations run ({@code cxadvisor.engine.*} in application.properties): the server and the command line bind
 * the same properties into this one record, so both stop a runaway rule set at the same point. {@code threads} 0
 * means two per CPU core, at least 4.
 */
@ConfigurationProperties("cxadvisor.engine")
public record EngineSettings(@DefaultValue("10000") int maxFirings, @DefaultValue("2000") long timeBudgetMs,
                             @DefaultValue("5000") long answerWithinMs, @DefaultValue("0") int threads,
                             @DefaultValue("5000") long queueWaitMs) {

    public EngineSettings {
        if (maxFirings <= 0 || timeBudgetMs <= 0 || answerWithinMs <= 0 || threads < 0 || queueWaitMs < 0) {
            throw new IllegalArgumentException("cxadvisor.engine.max-firings, time-budget-ms and answer-within-ms must be"
                    + " positive, threads and queue-wait-ms not negative (were " + maxFirings + ", " + timeBudgetMs
                    + ", " + answerWithinMs + ", " + threads + ", " + queueWaitMs + ")");
        }
    }

    public AdviceEngine engine(EngineMetrics metrics) {
        int size = threads > 0 ? threads : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        return new AdviceEngine(new AdviceEngine.Limits(maxFirings, Duration.ofMillis(timeBudgetMs),
                Duration.ofMillis(answerWithinMs), size, Duration.ofMillis(queueWaitMs), size), metrics);
    }

    public AdviceEngine engine() {
        return engine(EngineMetrics.NONE);
    }
}
