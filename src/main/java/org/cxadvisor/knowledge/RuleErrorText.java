package org.cxadvisor.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' messages as one readable line: the MVEL "[Near : {...}]" excerpt, the caret line and the
 * "[Line: n, Column: m]" trailer go (file and line are reported beside the message), and the commonest
 * mistake, a misspelt field, is said plainly.
 */
final class RuleErrorText {

    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private RuleErrorText() {
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
        Matcher unknown = UNKNOWN_FIELD.matcher(text);
        if (unknown.find()) {
            String type = unknown.group(1).substring(unknown.group(1).lastIndexOf('.') + 1);
            text = text + " (" + type + " has no field '" + unknown.group(2) + "'; check the spelling)";
        }
        return text;
    }
}
