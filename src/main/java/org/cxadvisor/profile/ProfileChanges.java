package org.cxadvisor.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies changes ({@code {field: value}}) to a profile and validates the result as a whole profile: the what-if
 * variants of a scenario, and the {@code changes:} of a rule test. Violations name the change keys.
 * <ul>
 *   <li>A key is a profile field path ({@code employeeEngagement}, {@code customerValue.emotional}) or the group
 *       {@code customerValue} itself, whose value is a whole object or null.</li>
 *   <li>{@code null} makes an optional field unknown; for a required field it is an error.</li>
 *   <li>{@code customerValue} is known only as a whole, so {@code customerValue.emotional: null} is an error that
 *       says to write {@code customerValue: null}; setting one part while the profile has no customerValue is an
 *       error too, unless all four parts (or the whole group) are given.</li>
 * </ul>
 */
public final class ProfileChanges {

    private ProfileChanges() {
    }

    /** Every key a change may use: the field paths and the group keys ({@code customerValue}). */
    public static boolean isChangeKey(String key) {
        return ProfileValues.isKey(key);
    }

    /**
     * The profile with the changes applied. Throws {@link InvalidProfileException} whose violations name the
     * change keys (relative: {@code employeeEngagement}, {@code customerValue.functional}).
     */
    public static CompanyProfile apply(CompanyProfile baseline, Map<String, Object> changes) {
        return apply(ProfileReader.toJson(baseline), changes);
    }

    /**
     * The same for a baseline in its JSON form, as written in a rule test; {@code json} is changed in place, so
     * give a copy whose nested objects are fresh, mutable maps.
     */
    public static CompanyProfile apply(Map<String, Object> json, Map<String, Object> changes) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            Object value = change.getValue();
            Optional<FieldGroup> partOf = ProfileField.byPath(key).flatMap(ProfileField::group);
            if (!isChangeKey(key)) {
                violations.add(new Violation(key, "error.field.unknown"));
            } else if (partOf.isPresent()) {
                partCheck(partOf.get(), key, value, json, changes, violations);
            } else if (value == null) {
                json.remove(key);
            } else {
                json.put(key, FieldGroup.byKey(key).isPresent() && value instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : value);
            }
        }
        // Parts after a possible whole-group change, so that {customerValue: {...}, customerValue.emotional: 5} works.
        changes.forEach((key, value) -> ProfileField.byPath(key).flatMap(ProfileField::group).ifPresent(group -> {
            if (value != null) {
                Object parts = json.computeIfAbsent(group.key(), k -> new LinkedHashMap<String, Object>());
                if (parts instanceof Map<?, ?> object) {   // fresh, mutable maps: see apply's javadoc, and the group change
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mutable = (Map<String, Object>) object;
                    mutable.put(group.partKey(ProfileField.byPath(key).orElseThrow()), value);
                }   // else: the group change was not an object; the reader says so
            }
        }));
        CompanyProfile changed = null;
        try {
            changed = ProfileReader.read(json);
        } catch (InvalidProfileException e) {
            // Every problem at once. A part the changes already reported is not reported again as "required"; the
            // comparison is with the changes' own violations only, never with reader violations added here.
            List<Violation> fromChanges = List.copyOf(violations);
            boolean partReported = fromChanges.stream().anyMatch(w -> Arrays.stream(FieldGroup.values())
                    .anyMatch(g -> w.field().startsWith(g.key() + ".")));
            e.violations().stream()
                    .filter(v -> fromChanges.stream().noneMatch(w -> w.field().equals(v.field())))
                    .filter(v -> !(partReported && v.messageKey().endsWith(".partRequired")))
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return changed;
    }

    /** A part may not be made unknown alone, nor set while its group is unknown unless every part is given. */
    private static void partCheck(FieldGroup group, String key, Object value, Map<String, Object> json,
                                  Map<String, Object> changes, List<Violation> violations) {
        boolean groupKnown = json.get(group.key()) != null || changes.containsKey(group.key());
        long partsGiven = group.parts().stream().filter(p -> changes.containsKey(p.path())).count();
        if (value == null) {
            violations.add(new Violation(key, "scenarios.error.partNull"));
        } else if (!groupKnown && partsGiven < group.parts().size()) {
            violations.add(new Violation(key, "scenarios.error.partWithoutGroup"));
        }
    }
}
