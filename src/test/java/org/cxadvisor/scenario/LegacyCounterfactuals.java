package org.cxadvisor.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.FieldRole;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.ProfileChanges;
import org.cxadvisor.profile.ProfileField;

/**
 * TEMPORARY: the implementation before field kinds, kept only to prove the new one gives identical results.
 * Single-field counterfactuals: for each advice that fires, the one-field changes that would remove it; for each
 * advice of the knowledge base that does not fire, the one-field changes that would add it.
 *
 * <p>Only the fields some rule reads ({@link RuleInfo#fields()}) are tried, each with every other value of its
 * domain (scales, yes/no, choices) or, for open numbers, a grid plus the neighbours of today's value. Each try is one
 * cheap evaluation; the per-advice answer is then the <em>smallest step</em>:
 * <ul>
 *   <li>known scales and numbers: the value nearest to today's; on a tie the higher one;</li>
 *   <li>choices: the nearest in the listed order (NONE, SOME, CORE...), on a tie the later one;</li>
 *   <li>yes/no: the other answer;</li>
 *   <li>unknown fields: for scales and numbers the working value nearest to the middle of the range (the least
 *       extreme assumption, ties higher), for choices and yes/no the first working one in the listed order (no
 *       before yes); an unknown {@code customerValue} is tried as a whole with three archetypes (balanced 3/3/3/3,
 *       practical 4/4/2/2, emotional 2/2/4/4);</li>
 *   <li>making a known field unknown is never proposed: not knowing is not a change a company can make;</li>
 *   <li>nor is a change that makes a practice worse ({@link ProfileField#worsens}): lower engagement, no longer
 *       hiring on attitude, less recovery.</li>
 * </ul>
 * Every entry also lists all tried values with the same effect ({@code values}), so that the page can say
 * "4 or more".
 */
final class LegacyCounterfactuals {

    public enum Effect { REMOVES, ADDS }

    /**
     * One counterfactual: changing {@code field} from {@code from} to the value in {@code changes} has {@code effect}
     * on the advice; {@code kind} says whether that field is a lever to try or the company's context.
     */
    public record Counterfactual(String adviceId, String category, Effect effect, FieldRole kind,
                                 Map<String, Object> changes, String field, Object from, List<Object> values) {
    }

    /** The analysed profile's own evaluation, and its counterfactuals: REMOVES in advice order, then ADDS in rule order. */
    public record Analysis(Evaluation baseline, List<Counterfactual> counterfactuals, int evaluations) {
    }

    private static final List<Map<String, Object>> CUSTOMER_VALUE_ARCHETYPES = List.of(
            archetype(3, 3, 3, 3), archetype(4, 4, 2, 2), archetype(2, 2, 4, 4));
    private static final List<Integer> PERCENT_GRID = List.of(0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100);

    private LegacyCounterfactuals() {
    }

    public static Analysis analyse(EvaluationService service, KnowledgeBase kb, CompanyProfile profile) {
        Evaluation baseline = service.evaluate(kb, profile);
        Map<String, Priority> fired = ScenarioDiff.priorities(baseline);
        Set<String> notFired = new LinkedHashSet<>(kb.adviceIds());
        notFired.removeAll(fired.keySet());
        Map<String, String> categories = new LinkedHashMap<>();
        kb.rules().stream().filter(RuleInfo::isAdviceRule).forEach(r -> categories.putIfAbsent(r.advice(), r.category()));
        baseline.advice().forEach(a -> categories.putIfAbsent(a.id(), a.category()));

        // (advice, effect) -> field -> values that have that effect
        Map<String, Map<String, List<Object>>> removes = new LinkedHashMap<>();
        Map<String, Map<String, List<Object>>> adds = new LinkedHashMap<>();
        int evaluations = 1;
        for (Trial trial : trials(kb, profile)) {
            CompanyProfile changed;
            try {
                changed = ProfileChanges.apply(profile, Map.of(trial.key, trial.value));
            } catch (InvalidProfileException impossible) {
                continue;
            }
            evaluations++;
            Set<String> now = ScenarioDiff.priorities(service.evaluate(kb, changed)).keySet();
            for (String id : fired.keySet()) {
                if (!now.contains(id)) {
                    removes.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(trial.key, k -> new ArrayList<>()).add(trial.value);
                }
            }
            for (String id : now) {
                if (notFired.contains(id)) {
                    adds.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(trial.key, k -> new ArrayList<>()).add(trial.value);
                }
            }
        }
        List<Counterfactual> out = new ArrayList<>();
        for (String id : fired.keySet()) {
            collect(id, categories.get(id), Effect.REMOVES, removes.get(id), profile, out);
        }
        for (String id : notFired) {
            collect(id, categories.get(id), Effect.ADDS, adds.get(id), profile, out);
        }
        return new Analysis(baseline, List.copyOf(out), evaluations);
    }

    private static void collect(String id, String category, Effect effect, Map<String, List<Object>> byField,
                                CompanyProfile profile, List<Counterfactual> out) {
        if (byField == null) {
            return;
        }
        byField.forEach((key, values) -> {
            Object from = current(key, profile);
            Object best = values.stream().min(smallestStep(key, from)).orElseThrow();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(key, best);
            List<Object> sorted = new ArrayList<>(values);
            sorted.sort(domainOrder(key));
            FieldRole kind = ProfileField.byPath(key).map(ProfileField::role).orElse(FieldRole.CONTEXT);   // else customerValue
            out.add(new Counterfactual(id, category, effect, kind, changes, key, from, List.copyOf(sorted)));
        });
    }

    /** A field key (path or the customerValue group) and one value to try for it. */
    private record Trial(String key, Object value) {
    }

    /**
     * The changes worth trying: every other value of every field a rule reads, in field order, except those that
     * would make a practice worse (a step back is never a step to offer).
     */
    static List<Trial> trials(KnowledgeBase kb, CompanyProfile profile) {
        Set<String> used = kb.fieldsRead();
        List<Trial> trials = new ArrayList<>();
        boolean groupTried = false;
        for (ProfileField field : ProfileField.values()) {
            if (!used.contains(field.path())) {
                continue;
            }
            if (field.group().isPresent() && profile.customerValue() == null) {
                if (!groupTried) {
                    CUSTOMER_VALUE_ARCHETYPES.forEach(a -> trials.add(new Trial("customerValue", a)));
                    groupTried = true;
                }
                continue;
            }
            Object current = current(field.path(), profile);
            for (Object value : candidates(field, current)) {
                if (!value.equals(current) && !field.worsens(profile, current, value)) {
                    trials.add(new Trial(field.path(), value));
                }
            }
        }
        return trials;
    }

    /** Today's value of a field key in JSON form (enum names), or null when unknown. */
    static Object current(String key, CompanyProfile profile) {
        if (key.equals("customerValue")) {
            return null;   // only tried as a whole when unknown
        }
        Object value = ProfileField.byPath(key).orElseThrow().read(profile);
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return (int) Math.round(d);
        }
        return value;
    }

    /** Today's value of a change key in JSON form; for the customerValue group its parts, or null when unknown. */
    static Object currentOrGroup(String key, CompanyProfile profile) {
        if (key.equals("customerValue")) {
            if (profile.customerValue() == null) {
                return null;
            }
            var cv = profile.customerValue();
            return archetype(cv.functional(), cv.economic(), cv.emotional(), cv.symbolic());
        }
        return current(key, profile);
    }

    private static List<Object> candidates(ProfileField field, Object current) {
        return switch (field.kind()) {
            case SCALE -> new ArrayList<>(field.type().domain());
            case YES_NO -> List.of(false, true);
            case CHOICE -> new ArrayList<>(field.choiceNames());
            case PERCENT, WHOLE_NUMBER -> numberCandidates(field, current);
            case TEXT -> List.of();
        };
    }

    private static List<Object> numberCandidates(ProfileField field, Object current) {
        TreeSet<BigDecimal> values = new TreeSet<>();
        if (field.kind() == ProfileField.Kind.PERCENT) {
            PERCENT_GRID.forEach(v -> values.add(BigDecimal.valueOf(v)));
        } else {
            for (int v = field.min(); v <= field.max(); v += Math.max(1, (field.max() - field.min()) / 20)) {
                values.add(BigDecimal.valueOf(v));
            }
            values.add(BigDecimal.valueOf(field.max()));
        }
        if (current instanceof Number n) {
            BigDecimal now = new BigDecimal(n.toString());
            for (String step : List.of("-1", "-0.5", "0.5", "1")) {
                values.add(now.add(new BigDecimal(step)));
            }
        }
        List<Object> out = new ArrayList<>();
        for (BigDecimal v : values) {
            if (v.compareTo(BigDecimal.valueOf(field.min())) >= 0 && v.compareTo(BigDecimal.valueOf(field.max())) <= 0) {
                BigDecimal s = v.stripTrailingZeros();
                out.add(s.scale() <= 0 ? (Object) s.intValueExact()
                        : field.kind() == ProfileField.Kind.PERCENT ? (Object) s.doubleValue() : null);
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** Smallest step first: see the class comment. */
    private static Comparator<Object> smallestStep(String key, Object from) {
        if (key.equals("customerValue")) {
            return Comparator.comparingInt(CUSTOMER_VALUE_ARCHETYPES::indexOf);
        }
        ProfileField field = ProfileField.byPath(key).orElseThrow();
        switch (field.kind()) {
            case CHOICE -> {
                List<String> names = field.choiceNames();
                if (from == null) {
                    return Comparator.comparingInt(v -> names.indexOf(v));
                }
                int at = names.indexOf(from);
                return Comparator.<Object>comparingInt(v -> Math.abs(names.indexOf(v) - at))
                        .thenComparing(Comparator.<Object>comparingInt(v -> names.indexOf(v)).reversed());
            }
            case YES_NO -> {
                return Comparator.comparing(v -> (Boolean) v);   // false before true
            }
            default -> {
                double target = from instanceof Number n ? n.doubleValue() : (field.min() + field.max()) / 2.0;
                return Comparator.<Object>comparingDouble(v -> Math.abs(((Number) v).doubleValue() - target))
                        .thenComparing(Comparator.<Object>comparingDouble(v -> ((Number) v).doubleValue()).reversed());
            }
        }
    }

    private static Comparator<Object> domainOrder(String key) {
        ProfileField field = ProfileField.byPath(key).orElse(null);
        if (field == null) {
            return Comparator.comparingInt(CUSTOMER_VALUE_ARCHETYPES::indexOf);
        }
        return switch (field.kind()) {
            case CHOICE -> Comparator.comparingInt(v -> field.choiceNames().indexOf(v));
            case YES_NO -> Comparator.comparing(v -> (Boolean) v);
            default -> Comparator.comparingDouble(v -> ((Number) v).doubleValue());
        };
    }

    private static Map<String, Object> archetype(int functional, int economic, int emotional, int symbolic) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("functional", functional);
        parts.put("economic", economic);
        parts.put("emotional", emotional);
        parts.put("symbolic", symbolic);
        return java.util.Collections.unmodifiableMap(parts);
    }
}
