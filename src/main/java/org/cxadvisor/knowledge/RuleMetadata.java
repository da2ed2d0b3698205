package org.cxadvisor.knowledge;

import java.util.Arrays;
import java.util.List;

/**
 * The metadata keys every rule in {@code rules/} carries, and how their values are read. Values are written
 * as quoted strings; lists are comma-separated: {@code @kpoints("K9, K28")}. The keys deliberately differ from
 * the fact class names: Drools cannot resolve a pattern type whose name equals a metadata key of its rule.
 */
public final class RuleMetadata {

    public static final String CATEGORY = "category";
    public static final String ADVICE = "adviceId";
    public static final String CONCLUSION = "concludes";
    public static final String STRENGTH = "strengthId";
    public static final String KPOINTS = "kpoints";
    public static final String SOURCE = "source";

    private RuleMetadata() {
    }

    /** A metadata value as plain text, without the quotes Drools may keep. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).trim() : s;
    }

    public static List<String> list(Object value) {
        String s = text(value);
        return s == null || s.isEmpty() ? List.of()
                : Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
