package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.ProfileChanges;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.profile.Violation;

/**
 * Reads the JSON of the scenario requests (the API bodies and the command line's scenario file) into checked
 * values. Every problem is collected and thrown at once as an {@link InvalidScenarioException} whose fields
 * point into the request: {@code baseline.processValue}, {@code variants[1].changes.employeeEngagement},
 * {@code variants[0].name}, {@code field}, {@code values[2]}. A variant's messages start with its name.
 */
public final class ScenarioRequest {

    /** A what-if: a name and the changes against the baseline, in the order given. */
    public record Variant(String name, Map<String, Object> changes, CompanyProfile profile) {
    }

    /** {@code {baseline, variants}}: the variants already applied and validated. */
    public record Comparison(CompanyProfile baseline, List<Variant> variants) {
    }

    /** {@code {baseline, field, values?}}: every value already applied to the baseline and validated. */
    public record Sweep(CompanyProfile baseline, ProfileField field, List<Object> values, List<CompanyProfile> profiles) {
    }

    private static final int MAX_NAME = 200;
    /** The contract's limits: each variant and each sweep value costs a whole evaluation. */
    public static final int MAX_VARIANTS = 200;
    public static final int MAX_SWEEP_VALUES = 100;

    private ScenarioRequest() {
    }

    public static Comparison comparison(Object json, Locale locale) {
        List<Violation> violations = new ArrayList<>();
        Map<?, ?> body = object(json, violations, Set.of("baseline", "variants"));
        CompanyProfile baseline = baseline(body, "baseline", violations);
        Object rawVariants = body.get("variants");
        List<Variant> variants = new ArrayList<>();
        if (!(rawVariants instanceof List<?> list)) {
            violations.add(new Violation("variants", "scenarios.error.variantsList"));
        } else if (list.size() > MAX_VARIANTS) {
            violations.add(new Violation("variants", "scenarios.error.tooManyVariants", MAX_VARIANTS, list.size()));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Variant variant = variant(list.get(i), "variants[" + i + "]", baseline, names, violations, locale);
                if (variant != null) {
                    variants.add(variant);
                }
            }
        }
        throwIfAny(violations);
        return new Comparison(baseline, List.copyOf(variants));
    }

    public static Sweep sweep(Object json) {
        List<Violation> violations = new ArrayList<>();
        Map<?, ?> body = object(json, violations, Set.of("baseline", "field", "values"));
        CompanyProfile baseline = baseline(body, "baseline", violations);
        Object rawField = body.get("field");
        ProfileField field = rawField instanceof String path ? ProfileField.byPath(path).orElse(null) : null;
        if (field == null) {
            violations.add(new Violation("field", "scenarios.error.sweepField"));
        }
        List<Object> values = new ArrayList<>();
        Object rawValues = body.get("values");
        if (rawValues == null && field != null) {
            if (field.type().domain().isEmpty()) {
                violations.add(new Violation("values", "scenarios.error.sweepValues", field.path()));
            }
            field.type().domain().forEach(v -> values.add(field.type().json(v)));
        } else if (rawValues != null && !(rawValues instanceof List<?>)) {
            violations.add(new Violation("values", "scenarios.error.valuesList"));
        } else if (rawValues instanceof List<?> list) {
            if (list.isEmpty()) {
                violations.add(new Violation("values", "scenarios.error.valuesList"));
            } else if (list.size() > MAX_SWEEP_VALUES) {
                violations.add(new Violation("values", "scenarios.error.tooManyValues", MAX_SWEEP_VALUES, list.size()));
                throwIfAny(violations);
            }
            values.addAll(list);
        }
        List<CompanyProfile> profiles = new ArrayList<>();
        if (baseline != null && field != null) {
            for (int i = 0; i < values.size(); i++) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put(field.path(), values.get(i));
                try {
                    profiles.add(ProfileChanges.apply(baseline, change));
                } catch (InvalidProfileException e) {
                    for (Violation v : e.violations()) {
                        violations.add(new Violation("values[" + i + "]", v.messageKey(), v.args()));
                    }
                }
            }
        }
        throwIfAny(violations);
        List<Object> plain = new ArrayList<>();
        values.forEach(v -> plain.add(plain(v)));   // may hold null: a sweep may include "unknown"
        return new Sweep(baseline, field, java.util.Collections.unmodifiableList(plain), List.copyOf(profiles));
    }

    /** {@code {profile}} for counterfactuals. */
    public static CompanyProfile profileOf(Object json) {
        List<Violation> violations = new ArrayList<>();
        Map<?, ?> body = object(json, violations, Set.of("profile"));
        CompanyProfile profile = baseline(body, "profile", violations);
        throwIfAny(violations);
        return profile;
    }

    private static Variant variant(Object raw, String at, CompanyProfile baseline, Set<String> names,
                                   List<Violation> violations, Locale locale) {
        if (!(raw instanceof Map<?, ?> map)) {
            violations.add(new Violation(at, "scenarios.error.variantObject"));
            return null;
        }
        map.keySet().stream().map(String::valueOf).filter(k -> !k.equals("name") && !k.equals("changes")).sorted()
                .forEach(k -> violations.add(new Violation(at + "." + k, "error.field.unknown")));
        String name = map.get("name") instanceof String s && !s.isBlank() && s.length() <= MAX_NAME ? s.strip() : null;
        if (name == null) {
            violations.add(new Violation(at + ".name", "scenarios.error.variantName", MAX_NAME));
        } else if (!names.add(name)) {
            violations.add(new Violation(at + ".name", "scenarios.error.variantNameTaken", name));
        }
        String label = name == null ? at : name;
        if (!(map.get("changes") instanceof Map<?, ?> rawChanges)) {
            violations.add(new Violation(at + ".changes", "scenarios.error.inVariant", label,
                    new Violation("", "scenarios.error.changesObject").message(locale)));
            return null;
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        rawChanges.forEach((k, v) -> changes.put(String.valueOf(k), v));
        if (baseline == null) {
            return null;
        }
        try {
            CompanyProfile profile = ProfileChanges.apply(baseline, changes);
            return new Variant(name, changes, profile);
        } catch (InvalidProfileException e) {
            violations.addAll(within(at + ".changes", label, e.violations(), locale));
            return null;
        }
    }

    /**
     * Re-addresses violations of a changed profile into a request: {@code prefix + ".changes." + field}.
     * When {@code name} is given, each message starts with the variant's name.
     */
    private static List<Violation> within(String prefix, String name, List<Violation> violations, Locale locale) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : violations) {
            String field = prefix + (v.field().isEmpty() ? "" : "." + v.field());
            out.add(name == null ? new Violation(field, v.messageKey(), v.args())
                    : new Violation(field, "scenarios.error.inVariant", name, v.message(locale)));
        }
        return out;
    }

    private static Map<?, ?> object(Object json, List<Violation> violations, Set<String> keys) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new InvalidScenarioException(List.of(new Violation("", "scenarios.error.notObject",
                    String.join(", ", keys.stream().sorted().toList()))));
        }
        map.keySet().stream().map(String::valueOf).filter(k -> !keys.contains(k)).sorted()
                .forEach(k -> violations.add(new Violation(k, "error.field.unknown")));
        return map;
    }

    private static CompanyProfile baseline(Map<?, ?> body, String key, List<Violation> violations) {
        Object raw = body.get(key);
        if (raw == null) {
            violations.add(new Violation(key, "error.field.required"));
            return null;
        }
        try {
            return ProfileReader.read(raw);
        } catch (InvalidProfileException e) {
            for (Violation v : e.violations()) {
                violations.add(new Violation(v.field().isEmpty() ? key : key + "." + v.field(), v.messageKey(), v.args()));
            }
            return null;
        }
    }

    /** JSON numbers as parsed exactly (BigDecimal) shown plainly: 4 rather than 4.0. */
    static Object plain(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            java.math.BigDecimal s = d.stripTrailingZeros();
            return s.scale() <= 0 ? (Object) s.toBigInteger() : (Object) s.doubleValue();
        }
        return value;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidScenarioException(violations);
        }
    }
}
