package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.advice.EvaluationSession;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.FieldGroup;
import org.cxadvisor.profile.FieldRole;
import org.cxadvisor.profile.ProfileField;

/**
 * Single-field counterfactuals: for each advice that fires, the one-field changes that would remove it; for each
 * advice of the knowledge base that does not fire, the one-field changes that would add it.
 *
 * <p>Only the fields some rule reads ({@link RuleInfo#fields()}) are tried, each with the values its
 * {@link org.cxadvisor.profile.FieldType} proposes (every other value of a finite domain; for open numbers a grid
 * plus the neighbours of today's value). All tries run in one session, each replacing the profile and re-firing only
 * what the change reaches (truth maintenance retracts what no longer holds); the per-advice answer is the
 * <em>smallest step</em> ({@link org.cxadvisor.profile.FieldType#smallestStep}): the nearest value, on a tie the
 * higher (later) one; from an unknown value, the least extreme assumption. An unknown group ({@code customerValue})
 * is tried as a whole with its archetypes, least extreme first. Never proposed: making a known field unknown (not
 * knowing is not a change a company can make), and a change that makes a practice worse
 * ({@link ProfileField#worsens}). Every entry lists all tried values with the same effect ({@code values}), so that
 * the page can say "4 or more", and says whether its field is a lever or context ({@code kind}).
 */
public final class Counterfactuals {

    public enum Effect { REMOVES, ADDS }

    /**
     * One counterfactual: changing {@code field} from {@code from} to the value in {@code changes} has {@code effect}
     * on the advice; {@code kind} says whether that field is a lever to try or the company's context. Values are in
     * their JSON form.
     */
    public record Counterfactual(String adviceId, String category, Effect effect, FieldRole kind,
                                 Map<String, Object> changes, String field, Object from, List<Object> values) {
    }

    /** The analysed profile's own evaluation, and its counterfactuals: REMOVES in advice order, then ADDS in rule order. */
    public record Analysis(Evaluation baseline, List<Counterfactual> counterfactuals, int evaluations) {
    }

    private Counterfactuals() {
    }

    public static Analysis analyse(EvaluationService service, KnowledgeBase kb, CompanyProfile profile) {
        return service.analyse(kb, session -> analyse(session, profile));
    }

    /** The trials one after another in one session: each changes one field of the baseline, so little re-fires. */
    private static Analysis analyse(EvaluationSession session, CompanyProfile profile) {
        KnowledgeBase kb = session.knowledgeBase();
        Evaluation baseline = session.evaluate(profile);
        Map<String, Priority> fired = ScenarioDiff.priorities(baseline);
        Set<String> notFired = new LinkedHashSet<>(kb.adviceIds());
        notFired.removeAll(fired.keySet());
        Map<String, String> categories = new LinkedHashMap<>();
        kb.rules().stream().filter(RuleInfo::isAdviceRule).forEach(r -> categories.putIfAbsent(r.advice(), r.category()));
        baseline.advice().forEach(a -> categories.putIfAbsent(a.id(), a.category()));

        // advice -> tried key -> typed values that have the effect
        Map<String, Map<Tried, List<Object>>> removes = new LinkedHashMap<>();
        Map<String, Map<Tried, List<Object>>> adds = new LinkedHashMap<>();
        List<Trial> trials = trials(kb, profile);
        for (Trial trial : trials) {
            Set<String> now = ScenarioDiff.priorities(session.evaluate(trial.profile())).keySet();
            for (String id : fired.keySet()) {
                if (!now.contains(id)) {
                    removes.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(trial.tried(), k -> new ArrayList<>()).add(trial.value());
                }
            }
            for (String id : now) {
                if (notFired.contains(id)) {
                    adds.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(trial.tried(), k -> new ArrayList<>()).add(trial.value());
                }
            }
        }
        List<Counterfactual> out = new ArrayList<>();
        fired.keySet().forEach(id -> collect(id, categories.get(id), Effect.REMOVES, removes.get(id), profile, out));
        notFired.forEach(id -> collect(id, categories.get(id), Effect.ADDS, adds.get(id), profile, out));
        return new Analysis(baseline, List.copyOf(out), trials.size() + 1);
    }

    private static void collect(String id, String category, Effect effect, Map<Tried, List<Object>> byKey,
                                CompanyProfile profile, List<Counterfactual> out) {
        if (byKey == null) {
            return;
        }
        byKey.forEach((tried, values) -> {
            Object from = tried.current(profile);
            Object best = values.stream().min(tried.smallestStep(from)).orElseThrow();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(tried.key(), tried.json(best));
            List<Object> sorted = values.stream().sorted(tried.order()).map(tried::json).toList();
            out.add(new Counterfactual(id, category, effect, tried.role(), changes, tried.key(), tried.json(from), sorted));
        });
    }

    /** What a trial changes: one field, or a whole group that is unknown today. */
    private record Tried(ProfileField field, FieldGroup group) {

        String key() { return field != null ? field.path() : group.key(); }

        FieldRole role() { return field != null ? field.role() : group.role(); }

        /** Today's typed value; a group is only tried while unknown. */
        Object current(CompanyProfile profile) { return field != null ? field.read(profile) : null; }

        Comparator<Object> smallestStep(Object from) {
            return field != null ? field.type().smallestStep(from) : order();
        }

        Comparator<Object> order() {
            return field != null ? field.type().order() : Comparator.comparingInt(group.archetypes()::indexOf);
        }

        Object json(Object value) { return field != null ? field.type().json(value) : group.json(value); }
    }

    /** One changed profile to evaluate. */
    record Trial(Tried tried, Object value, CompanyProfile profile) {
    }

    /** The changes worth trying: the values each field a rule reads proposes, in field order; see the class comment. */
    static List<Trial> trials(KnowledgeBase kb, CompanyProfile profile) {
        Set<String> used = kb.fieldsRead();
        List<Trial> trials = new ArrayList<>();
        Set<FieldGroup> groupsTried = new LinkedHashSet<>();
        for (ProfileField field : ProfileField.values()) {
            if (!used.contains(field.path())) {
                continue;
            }
            FieldGroup group = field.group().orElse(null);
            if (group != null && group.read(profile) == null) {
                if (groupsTried.add(group)) {
                    group.archetypes().forEach(a -> trials.add(new Trial(new Tried(null, group), a, profile.with(group, a))));
                }
                continue;
            }
            Object current = field.read(profile);
            for (Object value : field.type().candidates(current)) {
                if (!value.equals(current) && !field.worsens(profile, current, value)) {
                    trials.add(new Trial(new Tried(field, null), value, profile.with(field, value)));
                }
            }
        }
        return trials;
    }
}
