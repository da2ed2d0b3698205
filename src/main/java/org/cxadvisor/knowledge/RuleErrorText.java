package org.cxadvisor.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' messages as one readable line: the MVEL "[Near : {...}]" excerpt, the caret line and the
 * "[Line: n, Column: m]" trailer go (file and line are reported beside the message), and the commonest
 * mistake, a misspelt field, is said plainly.
 */
final class RuleErrorText {

    private static final Pattern UNEXPANDED = Pattern.compile("^\\[\\d+\\] Unable to expand: (.*)$");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String NOT_A_SENTENCE = "is not a sentence of the rule language";

    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private static final Pattern ANALYSED = Pattern.compile("Unable to Analyse Expression (.*?):");
    private static final Pattern IN_EXPRESSION = Pattern.compile(" in '([^']+)'");
    /** The product's own types, unknown to a file without the imports of its header. */
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile(
            "Unable to resolve ObjectType '(\\w+)'|\\b([A-Z]\\w*)(?:\\.\\w+)? cannot be resolved(?: to a type)?");
    private static final java.util.List<String> PRODUCT_PACKAGES = java.util.List.of("org.cxadvisor.profile.", "org.cxadvisor.advice.");
    static final String HEADER_HINT = ": start the file with the header every rule file needs, 'package cxadvisor;' then"
            + " 'import org.cxadvisor.profile.*;' and 'import org.cxadvisor.advice.*;' (and in a .dslr 'expander"
            + " cx-advisor.dsl'), as new-topic writes it (docs/authoring.md, section 1)";

    private RuleErrorText() {
    }

    /**
     * Sorted by file and line; where a DSLR line could not be expanded, the compiler's complaints about the same
     * line are left out: they are about the unexpanded sentence and only repeat the one real mistake.
     */
    static java.util.List<RuleError> withoutFollowOnErrors(java.util.List<RuleError> errors) {
        java.util.Set<String> unexpanded = new java.util.HashSet<>();
        errors.stream().filter(e -> e.message().contains(NOT_A_SENTENCE)).forEach(e -> unexpanded.add(e.file() + ":" + e.line()));
        // "Parser returned a null Package" only says that the file's real syntax errors stopped the parser
        java.util.Set<String> withSyntaxErrors = new java.util.HashSet<>();
        errors.stream().filter(e -> !e.message().endsWith(NULL_PACKAGE)).forEach(e -> withSyntaxErrors.add(e.file()));
        return errors.stream()
                .filter(e -> !(e.message().endsWith(NULL_PACKAGE) && withSyntaxErrors.contains(e.file())))
                .filter(e -> e.message().contains(NOT_A_SENTENCE) || !unexpanded.contains(e.file() + ":" + e.line()))
                .distinct()
                .sorted(java.util.Comparator.comparing(RuleError::file).thenComparingInt(RuleError::line))
                .toList();
    }

    static String tidy(String message) {
        if (message == null) {
            return "";
        }
        String text = message.replaceAll("\\[Near : \\{.*?}]", " ")
                .replaceAll("\\[Line: \\d+, Column: \\d+]", " ")
                .replaceAll("(?m)^\\s*\\^\\s*$", " ")
                .replaceAll("\\[Error: ([^]]*)]", "$1")
                .replaceAll("\\s+", " ")
                .strip();
        Matcher unexpanded = UNEXPANDED.matcher(text);
        if (unexpanded.matches()) {
            return "\"" + unexpanded.group(1).strip() + "\" " + NOT_A_SENTENCE + " (the .dsl file): check it against"
                    + " cx-advisor.dsl, or start a line of plain DRL with '>'";
        }
        Matcher unknown = UNKNOWN_FIELD.matcher(text);
        if (unknown.find()) {
            return unknownMember(unknown.group(1), unknown.group(2), text);
        }
        Matcher unresolved = UNRESOLVED_TYPE.matcher(text);
        if (unresolved.find()) {
            String type = unresolved.group(1) != null ? unresolved.group(1) : unresolved.group(2);
            if (isProductType(type)) {
                return text + " (" + type + " is not imported in this file)" + HEADER_HINT;
            }
        }
        return text;
    }

    /** A type of the fact model or the advice, which the header's imports make known ("HIHG" is not one). */
    private static boolean isProductType(String simpleName) {
        return PRODUCT_PACKAGES.stream().anyMatch(p -> {
            try {
                Class.forName(p + simpleName, false, RuleErrorText.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    /**
     * "Unable to Analyse Expression ...: unable to resolve method using strict-mode: ...Sector.HEALTH_CARE()" said
     * plainly: a choice value its type does not have (with the values it does have), or a misspelt field.
     */
    private static String unknownMember(String className, String member, String text) {
        String type = className.substring(className.lastIndexOf('.') + 1);
        Matcher analysed = ANALYSED.matcher(text);
        String in = analysed.find() ? " in '" + analysed.group(1).strip() + "'" : "";
        Class<?> enumType = enumType(className);
        if (enumType != null) {
            return type + " has no value " + member + in + ": use one of " + java.util.Arrays.stream(enumType.getEnumConstants())
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")) + " (in capitals, as in the intake)";
        }
        return type + " has no field '" + member + "'" + in + "; check the spelling (the fields are those of the intake"
                + " and the API, e.g. employeeEngagement, csrCommitment)";
    }

    private static Class<?> enumType(String className) {
        try {
            Class<?> type = Class.forName(className, false, RuleErrorText.class.getClassLoader());
            return type.isEnum() ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The condition a message is about (see {@link #unknownMember}), to find its line; null if it names none. */
    static String expression(String message) {
        Matcher in = IN_EXPRESSION.matcher(message);
        return in.find() ? in.group(1) : null;
    }
}
