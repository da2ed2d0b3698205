package org.cxadvisor.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cxadvisor.i18n.Messages;

/**
 * Fields that are known only as a whole: written in JSON as one object ({@code "customerValue": {"functional": 3,
 * ...}}), given all parts or none, changed part by part only while known. Reading, changes, what-ifs and words ask
 * the group, so that no other code names its parts.
 */
public enum FieldGroup {
    /** What customers seek (K13), with the three archetypes a what-if tries when it is unknown. */
    CUSTOMER_VALUE("customerValue", CustomerValue.class, CompanyProfile::customerValue, List.of(new CustomerValue(3, 3, 3, 3),
            new CustomerValue(4, 4, 2, 2), new CustomerValue(2, 2, 4, 4)));

    /** Each part's group, and each group's parts: asked for every field a profile is read or changed by. */
    private static final Map<ProfileField, FieldGroup> OF_PART = new EnumMap<>(ProfileField.class);
    private static final Map<FieldGroup, List<ProfileField>> PARTS = new EnumMap<>(FieldGroup.class);

    static {
        for (FieldGroup group : values()) {
            List<ProfileField> parts = Arrays.stream(ProfileField.values())
                    .filter(f -> f.path().startsWith(group.key + ".")).toList();
            parts.forEach(part -> OF_PART.put(part, group));
            PARTS.put(group, parts);
        }
    }

    private final String key;
    private final Class<? extends Record> type;
    private final Function<CompanyProfile, Object> reader;
    private final List<Object> archetypes;

    FieldGroup(String key, Class<? extends Record> type, Function<CompanyProfile, Object> reader, List<Object> archetypes) {
        this.key = key;
        this.type = type;
        this.reader = reader;
        this.archetypes = archetypes;
    }

    /** The group's JSON key. */
    public String key() {
        return key;
    }

    public static Optional<FieldGroup> of(ProfileField field) {
        return Optional.ofNullable(OF_PART.get(field));
    }

    public static Optional<FieldGroup> byKey(String key) {
        for (FieldGroup group : PARTS.keySet()) {
            if (group.key.equals(key)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /** The fields that make up the group, in table order. */
    public List<ProfileField> parts() {
        return PARTS.get(this);
    }

    /** A part's key inside the group's object ({@code functional}). */
    public String partKey(ProfileField part) {
        return part.path().substring(key.length() + 1);
    }

    /** The values a what-if tries for the whole group when it is unknown, least extreme first. */
    public List<Object> archetypes() {
        return archetypes;
    }

    public FieldRole role() {
        return parts().get(0).role();
    }

    /** The group's typed value in a profile ({@link CustomerValue}), or null when unknown. */
    public Object read(CompanyProfile profile) {
        return reader.apply(profile);
    }

    /** The group's value of a profile as a JSON object of its parts, or null when unknown. */
    public Map<String, Object> json(CompanyProfile profile) {
        return json(read(profile));
    }

    /** A typed group value as its JSON object of parts (unmodifiable), or null for null. */
    public Map<String, Object> json(Object value) {
        return value == null ? null : Collections.unmodifiableMap(Records.components((Record) value));
    }

    /** The typed value made of the given parts, or null when they are unknown. */
    Object build(Map<ProfileField, Object> values) {
        if (values.get(parts().get(0)) == null) {
            return null;
        }
        return Records.construct(type, partKey -> values.get(ProfileField.byPath(key + "." + partKey).orElseThrow()));
    }

    /** A group value (JSON object or typed) in words: "functional 3, economic 3, emotional 3, symbolic 3". */
    public String words(Object value, Locale locale) {
        Object json = value instanceof Map<?, ?> ? value : value == null ? null : json(value);
        if (!(json instanceof Map<?, ?> parts)) {
            return parts().get(0).words(null, locale);
        }
        return parts.entrySet().stream()
                .map(e -> Messages.get(locale, "field." + key + "." + e.getKey() + ".short") + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
