package org.cxadvisor.advice;

import io.micrometer.core.instrument.MeterRegistry;
import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EngineSettings.class)
class AdviceConfiguration {

    @Bean
    AdviceEngine adviceEngine(EngineSettings settings, ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable();
        return settings.engine(registry == null ? EngineMetrics.NONE : new EngineMetrics(registry));
    }

    /** A runaway rule takes the generation that brought it out of service (the previous one serves again). */
    @Bean
    EvaluationService evaluationService(KnowledgeBaseHolder holder, AdviceEngine engine) {
        return new EvaluationService(holder::current, engine,
                (kb, e) -> holder.withdraw(kb, e.rule(), e.getMessage()));
    }
}
