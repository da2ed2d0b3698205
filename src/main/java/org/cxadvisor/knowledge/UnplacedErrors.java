package org.cxadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools reports some mistakes in a condition (a choice value that its type does not have, e.g. {@code Sector.HEALTH_CARE}
 * in a DSLR sentence) at line -1. Such an error is placed at the line of its file that holds the condition; DSL
 * expansion keeps lines, so the line is the sentence's line in the DSLR file too.
 */
final class UnplacedErrors {

    private UnplacedErrors() {
    }

    static List<RuleError> place(List<RuleError> errors, List<RuleFile> files) {
        List<RuleError> placed = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (RuleError error : errors) {
            String expression = error.line() > 0 ? null : RuleErrorText.expression(error.message());
            RuleFile file = files.stream().filter(f -> f.path().equals(error.file())).findFirst().orElse(null);
            int line = expression == null || file == null ? 0 : lineOf(file, files, expression, used);
            if (line == 0 && expression != null && file != null) {
                line = lineOf(file, files, mirrored(expression), used);
            }
            placed.add(line > 0 ? new RuleError(error.file(), line, error.message()) : error);
        }
        return placed;
    }

    private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(==|!=|<=|>=|<|>)\\s*(.+)$");

    /**
     * A comparison with its sides swapped: Drools may quote a condition with the field on the right
     * ({@code CsrCommitment.NONE == csrComitment} for {@code csrComitment == CsrCommitment.NONE}).
     */
    static String mirrored(String expression) {
        Matcher m = COMPARISON.matcher(expression.strip());
        if (!m.matches()) {
            return expression;
        }
        String op = switch (m.group(2)) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> m.group(2);
        };
        return m.group(3) + " " + op + " " + m.group(1);
    }

    /** The first line holding {@code expression} that no earlier error took (the same mistake in several rules). */
    private static int lineOf(RuleFile file, List<RuleFile> files, String expression, List<String> used) {
        String source;
        try {
            source = RuleCatalog.expandedDrl(file, files);
        } catch (Exception e) {
            source = file.content();
        }
        String wanted = expression.replaceAll("\\s+", "");
        String[] lines = source.split("\n", -1);
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replaceAll("\\s+", "").contains(wanted)) {
                first = first == 0 ? i + 1 : first;
                if (!used.contains(file.path() + ":" + (i + 1))) {
                    used.add(file.path() + ":" + (i + 1));
                    return i + 1;
                }
            }
        }
        return first;
    }
}
