package org.cxadvisor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Horizon;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.scenario.ScenarioDiff;
import tools.jackson.databind.JsonNode;

/**
 * A report as JSON (one read back from storage, or today's written out the same way), seen as what comparisons
 * need: its advice with priorities and its conclusions. Both sides of a comparison are read the same way, so a
 * stored report and a fresh one compare equal when the rules say the same.
 */
record StoredReport(JsonNode json) {

    List<Advice> advice() {
        List<Advice> advice = new ArrayList<>();
        json.path("advice").valueStream().forEach(item -> {
            Priority priority = priority(item.path("priority").asString(""));
            if (priority != null) {
                advice.add(new Advice(item.path("id").asString(""), item.path("category").asString(""), priority,
                        item.path("rule").asString(""), horizon(item.path("horizon").asString(""))));
            }
        });
        return advice;
    }

    List<Conclusion> conclusions() {
        List<Conclusion> conclusions = new ArrayList<>();
        json.path("conclusions").valueStream().forEach(c -> conclusions.add(new Conclusion(c.path("type").asString(""),
                value(c.path("value")), c.path("rule").asString(""), null)));
        return conclusions;
    }

    /** The value of one conclusion (e.g. EXPERIENCE_QUADRANT), or null when the report has none. */
    Object conclusion(String type) {
        return conclusions().stream().filter(c -> c.type().equals(type)).map(Conclusion::value).findFirst().orElse(null);
    }

    /** How many advice items have each value of a property ({@code horizon}, {@code priority}); items without it are left out. */
    Map<String, Integer> countBy(String property) {
        Map<String, Integer> counts = new TreeMap<>();
        json.path("advice").valueStream().map(item -> item.path(property))
                .filter(JsonNode::isString).forEach(v -> counts.merge(v.asString(), 1, Integer::sum));
        return counts;
    }

    ScenarioDiff diffTo(StoredReport later) {
        return ScenarioDiff.between(advice(), conclusions(), later.advice(), later.conclusions());
    }

    private static Object value(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asInt();
        }
        return value.isString() ? value.asString() : value.isNull() || value.isMissingNode() ? null : value.toString();
    }

    private static Horizon horizon(String name) {
        return named(Horizon.values(), name);
    }

    private static Priority priority(String name) {
        return named(Priority.values(), name);
    }

    /** The constant of this name, or null: a stored report written by another version may hold any word. */
    private static <E extends Enum<E>> E named(E[] constants, String name) {
        for (E e : constants) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
