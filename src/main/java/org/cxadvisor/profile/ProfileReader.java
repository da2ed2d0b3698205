package org.cxadvisor.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a profile as parsed from JSON (maps, lists, strings, numbers, booleans) into a {@link CompanyProfile} in one
 * pass over {@link ProfileField}, each field's {@link FieldType} reading and checking its value, and reporting all
 * violations at once. Nothing is coerced: "4" is not a scale value and 4.5 is not a whole number.
 */
public final class ProfileReader {

    private static final Set<String> TOP_LEVEL = Stream.concat(
                    Stream.of(ProfileField.values()).filter(f -> f.group().isEmpty()).map(ProfileField::path),
                    Stream.of(FieldGroup.values()).map(FieldGroup::key))
            .collect(Collectors.toUnmodifiableSet());

    private ProfileReader() {
    }

    /** Reads a whole profile; throws {@link InvalidProfileException} naming every bad field. */
    public static CompanyProfile read(Object json) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new InvalidProfileException(List.of(new Violation("", "error.profile.notObject")));
        }
        List<Violation> violations = new ArrayList<>();
        map.keySet().stream().map(String::valueOf).filter(key -> !TOP_LEVEL.contains(key)).sorted()
                .forEach(key -> violations.add(new Violation(key, "error.field.unknown")));
        Map<ProfileField, Object> groupParts = new EnumMap<>(ProfileField.class);
        for (FieldGroup group : FieldGroup.values()) {
            groupParts(group, map.get(group.key()), groupParts, violations);
        }
        Map<ProfileField, Object> typed = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            Object value = field.group().isEmpty() ? map.get(field.path()) : groupParts.get(field);
            if (value == null && field.required()) {
                violations.add(new Violation(field.path(), "error.field.required"));
            } else if (value != null) {
                Object parsed = field.parse(value, field.path(), violations);
                if (parsed != null) {
                    typed.put(field, parsed);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return CompanyProfile.of(typed);
    }

    /**
     * The profile as JSON-shaped data again (groups as nested objects, enum names), so that it can be shown, sent or
     * changed field by field and read back: {@code read(toJson(p))} equals {@code p}.
     */
    public static Map<String, Object> toJson(CompanyProfile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        profile.typedValues().forEach((field, value) -> {
            if (field.group().isEmpty()) {
                json.put(field.path(), field.type().json(value));
            }
        });
        for (FieldGroup group : FieldGroup.values()) {
            Map<String, Object> parts = group.json(profile);
            if (parts != null) {
                json.put(group.key(), new LinkedHashMap<>(parts));
            }
        }
        return json;
    }

    /** A group's object into its parts; a known group needs every part. */
    private static void groupParts(FieldGroup group, Object raw, Map<ProfileField, Object> parts, List<Violation> violations) {
        if (raw == null) {
            return;
        }
        if (!(raw instanceof Map<?, ?> object)) {
            violations.add(new Violation(group.key(), "error." + group.key() + ".notObject"));
            return;
        }
        List<String> known = group.parts().stream().map(group::partKey).toList();
        object.keySet().stream().map(String::valueOf).filter(key -> !known.contains(key)).sorted()
                .forEach(key -> violations.add(new Violation(group.key() + "." + key, "error.field.unknown")));
        for (ProfileField part : group.parts()) {
            Object value = object.get(group.partKey(part));
            if (value == null) {
                violations.add(new Violation(part.path(), "error." + group.key() + ".partRequired"));
            } else {
                parts.put(part, value);
            }
        }
    }
}
