package org.cxadvisor.scenario;

import org.cxadvisor.advice.EvaluationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Configuration
class ScenarioConfiguration {

    @Bean
    ScenarioService scenarioService(EvaluationService evaluation) {
        return new ScenarioService(evaluation);
    }

    /** The consultant's what-if page: {@code /scenarios} serves {@code static/scenarios.html}. */
    @Controller
    static class ScenarioPage {
        @GetMapping("/scenarios")
        String page() {
            return "forward:/scenarios.html";
        }
    }
}
