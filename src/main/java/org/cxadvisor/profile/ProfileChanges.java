package org.cxadvisor.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Every key a change may use: the field paths and the {@code customerValue} group. */
    public static boolean isChangeKey(String key) {
        return ProfileField.CUSTOMER_VALUE.equals(key) || ProfileField.byPath(key).isPresent();
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
        boolean groupKnown = json.get(ProfileField.CUSTOMER_VALUE) != null;
        boolean groupReplaced = changes.containsKey(ProfileField.CUSTOMER_VALUE);
        long partsGiven = changes.keySet().stream()
                .filter(k -> ProfileField.byPath(k).map(ProfileField::isCustomerValuePart).orElse(false)).count();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            Object value = change.getValue();
            if (!isChangeKey(key)) {
                violations.add(new Violation(key, "error.field.unknown"));
            } else if (key.equals(ProfileField.CUSTOMER_VALUE)) {
                if (value == null) {
                    json.remove(key);
                } else {
                    json.put(key, value instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : value);
                }
            } else if (key.startsWith(ProfileField.CUSTOMER_VALUE + ".")) {
                if (value == null) {
                    violations.add(new Violation(key, "scenarios.error.partNull"));
                } else if (!groupKnown && !groupReplaced && partsGiven < 4) {
                    violations.add(new Violation(key, "scenarios.error.partWithoutGroup"));
                }
            } else if (value == null) {
                json.remove(key);
            } else {
                json.put(key, value);
            }
        }
        // Parts after a possible whole-group change, so that {customerValue: {...}, customerValue.emotional: 5} works.
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            if (key.startsWith(ProfileField.CUSTOMER_VALUE + ".") && change.getValue() != null && isChangeKey(key)) {
                Object group = json.get(ProfileField.CUSTOMER_VALUE);
                if (group == null) {
                    group = new LinkedHashMap<String, Object>();
                    json.put(ProfileField.CUSTOMER_VALUE, group);
                }
                if (group instanceof Map<?, ?> parts) {   // fresh, mutable maps: see apply's javadoc, and the group change
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mutable = (Map<String, Object>) parts;
                    mutable.put(key.substring(ProfileField.CUSTOMER_VALUE.length() + 1), change.getValue());
                }   // else: the group change was not an object; the reader says so
            }
        }
        CompanyProfile changed = null;
        try {
            changed = ProfileReader.read(json);
        } catch (InvalidProfileException e) {
            // Every problem at once. A part the changes already reported is not reported again as "required"; the
            // comparison is with the changes' own violations only, never with reader violations added here.
            List<Violation> fromChanges = List.copyOf(violations);
            boolean partReported = fromChanges.stream()
                    .anyMatch(w -> w.field().startsWith(ProfileField.CUSTOMER_VALUE + "."));
            e.violations().stream()
                    .filter(v -> fromChanges.stream().noneMatch(w -> w.field().equals(v.field())))
                    .filter(v -> !(partReported && v.messageKey().equals("error.customerValue.partRequired")))
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return changed;
    }
}
