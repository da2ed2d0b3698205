package org.cxadvisor.advice;

import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AdviceConfiguration {

    @Bean
    EvaluationService evaluationService(KnowledgeBaseHolder holder,
                                        @Value("${cxadvisor.engine.max-firings:10000}") int maxFirings,
                                        @Value("${cxadvisor.engine.time-budget-ms:2000}") long timeBudgetMs) {
        return new EvaluationService(holder::current, new AdviceEngine(maxFirings, java.time.Duration.ofMillis(timeBudgetMs)));
    }
}
