package org.cxadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule without its {@code end} makes the parser stumble over the next rule ("mismatched input ... in rule"),
 * lines away from the real mistake. When a file with such syntax errors has a rule that the next rule (or the end of
 * the file) starts before its {@code end}, the syntax errors are replaced by one plain error per missing {@code end},
 * at the line where it belongs.
 */
final class MissingEnd {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern SYNTAX = Pattern.compile("^\\[ERR 1\\d\\d]");

    private MissingEnd() {
    }

    static List<RuleError> explain(List<RuleError> errors, List<RuleFile> files) {
        List<RuleError> result = new ArrayList<>(errors);
        for (RuleFile file : files) {
            if ((file.isDrl() || file.isDslr()) && !file.isTable()
                    && errors.stream().anyMatch(e -> e.file().equals(file.path()) && SYNTAX.matcher(e.message()).find())) {
                List<RuleError> missing = missingEnds(file);
                if (!missing.isEmpty()) {
                    result.removeIf(e -> e.file().equals(file.path()) && SYNTAX.matcher(e.message()).find());
                    result.addAll(missing);
                }
            }
        }
        return result;
    }

    private static List<RuleError> missingEnds(RuleFile file) {
        String[] lines = file.content().split("\n", -1);
        List<RuleError> missing = new ArrayList<>();
        String open = null;
        int lastText = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                if (open != null) {
                    missing.add(error(file, open, lastText + 1, "before the next rule"));
                }
                open = rule.group(1);
            } else if (END.matcher(lines[i]).find()) {
                open = null;
            }
            // comments just above the next rule belong to that rule
            if (!lines[i].isBlank() && !lines[i].strip().startsWith("//")) {
                lastText = i + 1;
            }
        }
        if (open != null) {
            missing.add(error(file, open, lastText + 1, "at the end of the file"));
        }
        return missing;
    }

    private static RuleError error(RuleFile file, String rule, int line, String where) {
        return new RuleError(file.path(), line, "rule \"" + rule + "\" has no 'end': add a line with just 'end' after its"
                + " then part (" + where + ")");
    }
}
