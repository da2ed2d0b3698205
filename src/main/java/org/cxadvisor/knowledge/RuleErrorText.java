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
    private static final String NOT_A_SENTENCE = "is not a sentence of the rule language";

    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private RuleErrorText() {
    }

    /**
     * Sorted by file and line; where a DSLR line could not be expanded, the compiler's complaints about the same
     * line are left out: they are about the unexpanded sentence and only repeat the one real mistake.
     */
    static java.util.List<RuleError> withoutFollowOnErrors(java.util.List<RuleError> errors) {
        java.util.Set<String> unexpanded = new java.util.HashSet<>();
        errors.stream().filter(e -> e.message().contains(NOT_A_SENTENCE)).forEach(e -> unexpanded.add(e.file() + ":" + e.line()));
        return errors.stream()
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
            String type = unknown.group(1).substring(unknown.group(1).lastIndexOf('.') + 1);
            text = text + " (" + type + " has no field '" + unknown.group(2) + "'; check the spelling)";
        }
        return text;
    }
}
