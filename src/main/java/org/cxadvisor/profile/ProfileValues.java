package org.cxadvisor.profile;

import java.util.Locale;
import org.cxadvisor.i18n.Numbers;

/**
 * A profile's values by key (a field path such as {@code employeeEngagement}, or a group key such as
 * {@code customerValue}): today's value in JSON form, and any value in words. Reports, scenario exports and what-if
 * texts all put values into words here, through the field's {@link FieldType} or its {@link FieldGroup}.
 */
public final class ProfileValues {

    private ProfileValues() {
    }

    /** Whether a key names a field or a group. */
    public static boolean isKey(String key) {
        return FieldGroup.byKey(key).isPresent() || ProfileField.byPath(key).isPresent();
    }

    /** Today's value of a key in its JSON form (a choice's name, a group's object), or null when unknown. */
    public static Object current(String key, CompanyProfile profile) {
        var group = FieldGroup.byKey(key);
        if (group.isPresent()) {
            return group.get().json(profile);
        }
        return ProfileField.byPath(key).map(f -> f.type().json(f.read(profile))).orElse(null);
    }

    /** A value of a key (typed or JSON form; null is "unknown") in words in a language. */
    public static String words(String key, Object value, Locale locale) {
        return FieldGroup.byKey(key).map(g -> g.words(value, locale))
                .orElseGet(() -> ProfileField.byPath(key).map(f -> f.words(value, locale)).orElse(String.valueOf(value)));
    }

    /** Today's value of a key in words, as {@link #words} writes {@link #current}; null when the key names nothing. */
    public static String currentInWords(String key, CompanyProfile profile, Locale locale) {
        FieldGroup group = FieldGroup.byKey(key).orElse(null);
        if (group != null) {
            return group.words(group.json(profile), locale);
        }
        ProfileField field = ProfileField.byPath(key).orElse(null);
        return field == null ? null : field.words(field.type().json(field.read(profile)), locale);
    }

    /** A number as the language writes it (1.2 in English, 1,2 in Dutch), at most two decimals, no grouping. */
    public static String number(Number n, Locale locale) {
        return Numbers.VALUES.write(n, locale);
    }
}
