package org.cxadvisor.advice;

import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AdviceConfiguration {

    @Bean
    EvaluationService evaluationService(KnowledgeBaseHolder holder,
                                        @Value("${cxadvisor.engine.max-firings:10000}") int maxFirings) {
        return new EvaluationService(holder::current, new AdviceEngine(maxFirings));
    }
}
