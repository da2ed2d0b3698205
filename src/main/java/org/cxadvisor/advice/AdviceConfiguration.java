package org.cxadvisor.advice;

import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EngineSettings.class)
class AdviceConfiguration {

    @Bean
    EvaluationService evaluationService(KnowledgeBaseHolder holder, EngineSettings settings) {
        return new EvaluationService(holder::current, settings.engine());
    }
}
