package org.cxadvisor.advice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long one evaluation may run ({@code cxadvisor.engine.*} in application.properties): the server and the command
 * line bind the same properties into this one record, so both stop a runaway rule set at the same point.
 */
@ConfigurationProperties("cxadvisor.engine")
public record EngineSettings(int maxFirings, long timeBudgetMs) {

    public EngineSettings {
        if (maxFirings <= 0 || timeBudgetMs <= 0) {
            throw new IllegalArgumentException("cxadvisor.engine.max-firings and cxadvisor.engine.time-budget-ms must be"
                    + " positive (were " + maxFirings + " and " + timeBudgetMs + ")");
        }
    }

    public AdviceEngine engine() {
        return new AdviceEngine(maxFirings, Duration.ofMillis(timeBudgetMs));
    }
}
