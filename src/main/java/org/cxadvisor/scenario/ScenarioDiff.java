package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.Priority;

/**
 * What a variant changes against the baseline: advice that appears, advice that is no longer given, advice
 * whose priority moves, and conclusions whose value moves ({@code from}/{@code to} are null when absent).
 */
public record ScenarioDiff(List<String> added, List<String> removed, List<PriorityChange> changedPriority,
                           List<ConclusionChange> changedConclusions) {

    public record PriorityChange(String id, Priority from, Priority to) {
    }

    public record ConclusionChange(String type, Object from, Object to) {
    }

    /** True when the variant changes nothing in the advice or conclusions. (Not a getter: stays out of the JSON.) */
    public boolean nothingChanged() {
        return added.isEmpty() && removed.isEmpty() && changedPriority.isEmpty() && changedConclusions.isEmpty();
    }

    public static ScenarioDiff between(Evaluation baseline, Evaluation variant) {
        return between(baseline.advice(), baseline.conclusions(), variant.advice(), variant.conclusions());
    }

    /**
     * The same comparison of outcomes that are not fresh evaluations: reports read back from storage (saved
     * assessments, their history and re-runs) compare the advice and conclusions they list.
     */
    public static ScenarioDiff between(List<Advice> baselineAdvice, List<Conclusion> baselineConclusions,
                                       List<Advice> variantAdvice, List<Conclusion> variantConclusions) {
        Map<String, Priority> before = priorities(baselineAdvice);
        Map<String, Priority> after = priorities(variantAdvice);
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        List<PriorityChange> moved = new ArrayList<>();
        before.forEach((id, from) -> {
            Priority to = after.get(id);
            if (to != null && to != from) {
                moved.add(new PriorityChange(id, from, to));
            }
        });
        Map<String, Object> was = conclusions(baselineConclusions);
        Map<String, Object> is = conclusions(variantConclusions);
        TreeSet<String> types = new TreeSet<>(was.keySet());
        types.addAll(is.keySet());
        List<ConclusionChange> concluded = new ArrayList<>();
        for (String type : types) {
            if (!Objects.equals(was.get(type), is.get(type))) {
                concluded.add(new ConclusionChange(type, was.get(type), is.get(type)));
            }
        }
        return new ScenarioDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(moved), List.copyOf(concluded));
    }

    /** Advice id to its priority, most important first; an id given by several rules counts with its highest priority. */
    static Map<String, Priority> priorities(Evaluation evaluation) {
        return priorities(evaluation.advice());
    }

    private static Map<String, Priority> priorities(List<Advice> advice) {
        Map<String, Priority> byId = new LinkedHashMap<>();
        for (Advice a : advice) {
            byId.merge(a.id(), a.priority(), Priority::max);
        }
        return byId;
    }

    /** Conclusion type to its value; a type concluded more than once has the list of its (sorted) values. */
    static Map<String, Object> conclusions(Evaluation evaluation) {
        return conclusions(evaluation.conclusions());
    }

    private static Map<String, Object> conclusions(List<Conclusion> conclusions) {
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (Conclusion c : conclusions) {
            byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c.value());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        byType.forEach((type, values) -> {
            if (values.size() == 1) {
                out.put(type, values.get(0));
            } else {
                List<Object> sorted = new ArrayList<>(new TreeSet<>(values.stream().map(String::valueOf).toList()));
                out.put(type, sorted);
            }
        });
        return out;
    }
}
