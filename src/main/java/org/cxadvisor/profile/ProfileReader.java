package org.cxadvisor.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a profile as parsed from JSON (maps, lists, strings, numbers, booleans) into a {@link CompanyProfile},
 * checking every field against {@link ProfileField} and reporting all violations at once.
 * Nothing is coerced: "4" is not a scale value and 4.5 is not a whole number.
 */
public final class ProfileReader {

    private static final Set<String> TOP_LEVEL = Stream.concat(
                    Stream.of(ProfileField.values()).filter(f -> !f.isCustomerValuePart()).map(ProfileField::path),
                    Stream.of(ProfileField.CUSTOMER_VALUE))
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

        Map<String, Object> flat = new HashMap<>();
        for (ProfileField field : ProfileField.values()) {
            if (!field.isCustomerValuePart()) {
                flat.put(field.path(), map.get(field.path()));
            }
        }
        flattenCustomerValue(map.get(ProfileField.CUSTOMER_VALUE), flat, violations);

        Map<String, Object> typed = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            Object raw = flat.get(field.path());
            if (raw == null) {
                if (field.required()) {
                    violations.add(new Violation(field.path(), "error.field.required"));
                }
                continue;
            }
            Object value = convert(field, raw, violations);
            if (value != null) {
                typed.put(field.path(), value);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return CompanyProfile.fromValues(typed);
    }

    /**
     * The profile as JSON-shaped data again (nested {@code customerValue}, enum names), so that it can be changed
     * field by field and read back: {@code read(toJson(p))} equals {@code p}.
     */
    public static Map<String, Object> toJson(CompanyProfile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> customerValue = new LinkedHashMap<>();
        profile.values().forEach((path, value) -> {
            Object plain = value instanceof Enum<?> e ? e.name() : value;
            if (path.startsWith(ProfileField.CUSTOMER_VALUE + ".")) {
                customerValue.put(path.substring(ProfileField.CUSTOMER_VALUE.length() + 1), plain);
            } else {
                json.put(path, plain);
            }
        });
        if (!customerValue.isEmpty()) {
            json.put(ProfileField.CUSTOMER_VALUE, customerValue);
        }
        return json;
    }

    private static void flattenCustomerValue(Object raw, Map<String, Object> flat, List<Violation> violations) {
        if (raw == null) {
            return;
        }
        if (!(raw instanceof Map<?, ?> parts)) {
            violations.add(new Violation(ProfileField.CUSTOMER_VALUE, "error.customerValue.notObject"));
            return;
        }
        String prefix = ProfileField.CUSTOMER_VALUE + ".";
        parts.keySet().stream().map(String::valueOf).filter(key -> ProfileField.byPath(prefix + key).isEmpty()).sorted()
                .forEach(key -> violations.add(new Violation(prefix + key, "error.field.unknown")));
        for (ProfileField field : ProfileField.values()) {
            if (field.isCustomerValuePart()) {
                Object part = parts.get(field.path().substring(prefix.length()));
                if (part == null) {
                    violations.add(new Violation(field.path(), "error.customerValue.partRequired"));
                }
                flat.put(field.path(), part);
            }
        }
    }

    private static Object convert(ProfileField field, Object raw, List<Violation> violations) {
        String path = field.path();
        switch (field.kind()) {
            case TEXT -> {
                if (!(raw instanceof String text)) {
                    violations.add(new Violation(path, "error.field.notText"));
                    return null;
                }
                if (text.isBlank() || text.length() > field.max()) {
                    violations.add(new Violation(path, "error.field.textLength", field.min(), field.max()));
                    return null;
                }
                return text;
            }
            case CHOICE -> {
                if (raw instanceof String name && field.choiceNames().contains(name)) {
                    return enumValue(field, name);
                }
                violations.add(new Violation(path, "error.field.notChoice", String.join(", ", field.choiceNames())));
                return null;
            }
            case YES_NO -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                violations.add(new Violation(path, "error.field.notBoolean"));
                return null;
            }
            case SCALE, WHOLE_NUMBER -> {
                BigDecimal number = wholeNumber(raw);
                if (number == null) {
                    violations.add(new Violation(path, "error.field.notWholeNumber", field.min(), field.max()));
                    return null;
                }
                return inRange(field, number, violations) ? number.intValueExact() : null;
            }
            case PERCENT -> {
                if (!(raw instanceof Number n) || raw instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    violations.add(new Violation(path, "error.field.notNumber", field.min(), field.max()));
                    return null;
                }
                return inRange(field, new BigDecimal(n.toString()), violations) ? n.doubleValue() : null;
            }
        }
        throw new IllegalStateException("Unhandled field kind " + field.kind());
    }

    private static BigDecimal wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger) {
            return new BigDecimal(raw.toString());
        }
        if (raw instanceof Double || raw instanceof Float || raw instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(raw.toString());
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal : null;
        }
        return null;
    }

    private static boolean inRange(ProfileField field, BigDecimal number, List<Violation> violations) {
        if (number.compareTo(BigDecimal.valueOf(field.min())) < 0 || number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            violations.add(new Violation(field.path(), "error.field.outOfRange", field.min(), field.max()));
            return false;
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(ProfileField field, String name) {
        return Enum.valueOf((Class) field.choiceType(), name);
    }
}
