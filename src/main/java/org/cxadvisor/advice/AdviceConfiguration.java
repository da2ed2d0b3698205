package org.cxadvisor.advice;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AdviceConfiguration {

    @Bean
    AdviceEngine adviceEngine(@Value("${cxadvisor.engine.max-firings:10000}") int maxFirings,
                              @Value("${cxadvisor.engine.time-budget-ms:2000}") long cpuBudgetMs,
                              @Value("${cxadvisor.engine.answer-within-ms:5000}") long answerWithinMs,
                              @Value("${cxadvisor.engine.threads:0}") int threads,
                              @Value("${cxadvisor.engine.queue-wait-ms:5000}") long queueWaitMs,
                              ObjectProvider<MeterRegistry> meters) {
        int size = threads > 0 ? threads : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        MeterRegistry registry = meters.getIfAvailable();
        return new AdviceEngine(new AdviceEngine.Limits(maxFirings, Duration.ofMillis(cpuBudgetMs),
                Duration.ofMillis(answerWithinMs), size, Duration.ofMillis(queueWaitMs)),
                registry == null ? EngineMetrics.NONE : new EngineMetrics(registry));
    }

    /** A runaway rule takes the generation that brought it out of service (the previous one serves again). */
    @Bean
    EvaluationService evaluationService(KnowledgeBaseHolder holder, AdviceEngine engine) {
        return new EvaluationService(holder::current, engine,
                (kb, e) -> holder.withdraw(kb, e.rule(), e.getMessage()));
    }
}
