package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.Horizon;
import org.cxadvisor.advice.Strength;
import org.cxadvisor.authoring.RuleTests.Expectation;
import org.cxadvisor.authoring.RuleTests.Failure;

/**
 * Compares an evaluation with a case's expectations. Each failure says what came instead, so that the author can
 * tell a wrong expectation from a wrong rule without running the advice by hand.
 */
final class ExpectationCheck {

    private final Evaluation evaluation;
    private final Map<String, Advice> given = new LinkedHashMap<>();
    private final String givenList;
    private final List<Failure> failures = new ArrayList<>();

    private ExpectationCheck(Evaluation evaluation) {
        this.evaluation = evaluation;
        evaluation.advice().forEach(a -> given.putIfAbsent(a.id(), a));
        this.givenList = given.isEmpty() ? "no advice at all" : "given: " + String.join(", ", given.keySet());
    }

    static List<Failure> failures(List<Expectation> expectations, Evaluation evaluation) {
        ExpectationCheck check = new ExpectationCheck(evaluation);
        expectations.forEach(check::check);
        return check.failures;
    }

    private void check(Expectation e) {
        switch (e.key()) {
            case "advice" -> names(e).stream().filter(id -> !given.containsKey(id)).forEach(id -> fail(e,
                    "expected advice '" + id + "', but it was not given (" + givenList + ")"));
            case "noAdvice" -> names(e).stream().filter(given::containsKey).forEach(id -> fail(e,
                    "expected no advice '" + id + "', but rule \"" + given.get(id).rule() + "\" gave it with "
                            + given.get(id).priority() + " priority"));
            case "categories" -> {
                Set<String> categories = evaluation.advice().stream().map(Advice::category)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                names(e).stream().filter(c -> !categories.contains(c)).forEach(c -> fail(e, "expected advice in"
                        + " category " + c + ", but there was none (categories given: "
                        + (categories.isEmpty() ? "none" : String.join(", ", categories)) + ")"));
            }
            case "noCategories" -> names(e).forEach(c -> {
                List<String> ids = evaluation.advice().stream().filter(a -> c.equals(a.category()))
                        .map(Advice::id).toList();
                if (!ids.isEmpty()) {
                    fail(e, "expected no advice in category " + c + ", but got: " + String.join(", ", ids));
                }
            });
            case "first" -> {
                String first = evaluation.advice().isEmpty() ? null : evaluation.advice().get(0).id();
                if (!names(e).get(0).equals(first)) {
                    fail(e, "expected '" + names(e).get(0) + "' first, but " + (first == null ? "no advice was given"
                            : "'" + first + "' came first (" + givenList + ")"));
                }
            }
            case "now" -> {
                List<String> now = evaluation.advice().stream().filter(a -> a.horizon() == Horizon.NOW).map(Advice::id).toList();
                if (!now.equals(names(e))) {
                    fail(e, "expected NOW to be " + names(e) + ", but it was " + now);
                }
            }
            case "strengths" -> {
                Set<String> kept = evaluation.strengths().stream().map(Strength::id).collect(Collectors.toSet());
                names(e).stream().filter(id -> !kept.contains(id)).forEach(id -> fail(e, "expected strength '" + id
                        + "', but it was not noted (strengths: " + (kept.isEmpty() ? "none" : String.join(", ", kept)) + ")"));
            }
            case "conclusions" -> map(e).forEach((type, expected) -> conclusion(e, type, expected));
            case "priority" -> map(e).forEach((id, expected) -> {
                Advice actual = given.get(id);
                if (actual == null) {
                    fail(e, "expected advice '" + id + "' with " + expected + " priority, but it was not given ("
                            + givenList + ")");
                } else if (!actual.priority().name().equals(expected)) {
                    fail(e, "expected advice '" + id + "' with " + expected + " priority, but it had "
                            + actual.priority());
                }
            });
            default -> throw new IllegalStateException(e.key());
        }
    }

    private void conclusion(Expectation e, String type, Object expected) {
        Conclusion actual = evaluation.conclusions().stream().filter(c -> c.type().equals(type))
                .findFirst().orElse(null);
        if (expected == null && actual != null) {
            fail(e, "expected no " + type + " conclusion, but rule \"" + actual.rule() + "\" concluded "
                    + actual.value());
        } else if (expected != null && actual == null) {
            fail(e, "expected " + type + " = " + expected + ", but no rule concluded " + type);
        } else if (expected != null && !String.valueOf(expected).equals(String.valueOf(actual.value()))) {
            fail(e, "expected " + type + " = " + expected + ", but it was " + actual.value() + " (rule \""
                    + actual.rule() + "\")");
        }
    }

    private void fail(Expectation e, String message) {
        failures.add(new Failure(e.line(), message));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Expectation e) {
        return (List<String>) e.value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Expectation e) {
        return (Map<String, Object>) e.value();
    }
}
