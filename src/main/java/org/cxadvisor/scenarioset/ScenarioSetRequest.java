package org.cxadvisor.scenarioset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.scenario.InvalidScenarioException;
import org.cxadvisor.scenario.ScenarioRequest;
import org.cxadvisor.web.BadRequestException;

/**
 * The body of {@code POST} and {@code PUT /api/scenario-sets}: {@code {name, baseline, variants}}; baseline and
 * variants are checked exactly as {@code POST /api/scenarios} checks them, and every problem is reported at once.
 */
record ScenarioSetRequest(String name, ScenarioRequest.Comparison comparison, Object variants) {

    static final String TITLE = "scenarioSets.problem.title";
    static final int MAX_NAME = 200;

    static ScenarioSetRequest read(Object json, Locale locale) {
        if (!(json instanceof Map<?, ?> body)) {
            throw new BadRequestException(TITLE, List.of(new Violation("", "scenarioSets.error.notObject")));
        }
        List<Violation> violations = new ArrayList<>();
        Object rawName = body.get("name");
        String name = rawName instanceof String s && !s.isBlank() && s.strip().length() <= MAX_NAME ? s.strip() : null;
        if (name == null) {
            violations.add(new Violation("name", "error.field.textLength", 1, MAX_NAME));
        }
        Map<Object, Object> scenario = new LinkedHashMap<>(body);
        scenario.remove("name");
        ScenarioRequest.Comparison comparison = null;
        try {
            comparison = ScenarioRequest.comparison(scenario, locale);
        } catch (InvalidScenarioException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new BadRequestException(TITLE, violations);
        }
        return new ScenarioSetRequest(name, comparison, body.get("variants"));
    }
}
