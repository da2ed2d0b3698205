package org.cxadvisor.knowledge;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxadvisor.profile.ProfileField;

/**
 * What a rule's {@code then} part may call: the project's vocabulary for advice rules, and nothing else (no
 * {@code System}, {@code Runtime}, threads, reflection, files or network). {@link ConsequenceCheck} refuses every
 * other call. To let rules use a new fact, add its factory here (e.g. {@code "Strength", Set.of("of")}) and a line
 * to the table "What a then part may do" in docs/authoring.md.
 */
final class ConsequenceVocabulary {

    /** Calls without a receiver: the engine's own actions that add a fact. */
    static final Set<String> ACTIONS = Set.of("insertLogical", "insert");

    /** Static calls by class (simple name, as the rule files import them) and method. */
    static final Map<String, Set<String>> STATIC_CALLS = Map.of(
            "Advice", Set.of("of"),
            "Conclusion", Set.of("of", "relationshipGap"),
            "Strength", Set.of("of"),
            "Math", Set.of("min", "max", "abs", "round", "floor", "ceil", "signum"),
            "String", Set.of("valueOf", "format", "join"),
            "Integer", Set.of("valueOf", "compare"),
            "Double", Set.of("valueOf", "compare"),
            "Objects", Set.of("equals", "toString", "requireNonNullElse"));

    /**
     * Methods that may be called on a bound fact ({@code $profile.getSector()}) or on a value: the facts' getters
     * and record accessors, and the basics of numbers, strings and enums. Never {@code getClass}.
     */
    static final Set<String> QUERIES = Set.of("type", "value", "rule", "id", "category", "priority", "name", "ordinal",
            "intValue", "longValue", "doubleValue", "equals", "compareTo", "toString", "length", "isEmpty", "isBlank",
            "contains", "startsWith", "endsWith", "toLowerCase", "toUpperCase", "trim", "strip", "functional",
            "economic", "emotional", "symbolic");

    static final Set<String> FORBIDDEN_QUERIES = Set.of("getClass", "getClassLoader", "getRuntime", "getDeclaredMethod",
            "getMethod", "getField", "getDeclaredField", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory",
            "getKieBase", "getChannels");

    /** Java keywords a then part may not use: loops, new objects, exceptions, synchronisation, nested classes. */
    static final Set<String> FORBIDDEN_KEYWORDS = Set.of("while", "for", "do", "new", "synchronized", "try", "catch",
            "finally", "throw", "class", "interface", "enum", "import", "goto", "assert", "switch", "yield");

    private ConsequenceVocabulary() {
    }

    /** The profile's record accessors: one per field ({@code sector()}, {@code customerValue()}, ...). */
    private static final Set<String> PROFILE_ACCESSORS = Arrays.stream(ProfileField.values())
            .flatMap(f -> Arrays.stream(f.path().split("\\."))).collect(Collectors.toSet());

    static boolean isQuery(String method) {
        return !FORBIDDEN_QUERIES.contains(method) && (QUERIES.contains(method) || PROFILE_ACCESSORS.contains(method)
                || method.matches("(get|is|has)[A-Z]\\w*"));
    }
}
