package org.cxadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Refuses, with file and line, a rule whose {@code then} part does more than advice rules do: it may insert facts
 * made with the project's vocabulary and read facts through their getters ({@link ConsequenceVocabulary}), and
 * nothing else. Business users edit these files, so a typo or a paste must not be able to run code: a then part that
 * sleeps, loops, exits the JVM or opens a file would otherwise run inside the service. The loader runs this on every
 * build, so {@code validate}, start-up and reload all refuse the same files with the same message.
 */
final class ConsequenceCheck {

    private static final FileResults<List<RuleError>> CHECKED = new FileResults<>();

    private static final Pattern CALL = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final String ONLY = " A then part only inserts advice or conclusions, e.g."
            + " insertLogical(Advice.of(kcontext, Priority.HIGH)), reading facts through their getters"
            + " (see 'What a then part may do' in docs/authoring.md).";

    private ConsequenceCheck() {
    }

    static List<RuleError> errors(List<RuleFile> files) {
        List<RuleError> errors = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.isDrl() || file.isDslr()) {
                errors.addAll(CHECKED.of(file, files, () -> errors(file, files)));
            }
        }
        return errors;
    }

    private static List<RuleError> errors(RuleFile file, List<RuleFile> files) {
        List<RuleError> errors = new ArrayList<>();
        String drl = expanded(file, files);
        PackageDescr pkg = drl == null ? null : parse(drl);
        if (pkg != null) {
            String[] lines = drl.split("\n", -1);
            pkg.getRules().forEach(rule -> check(file, lines, rule, errors));
        }
        return List.copyOf(errors);
    }

    private static String expanded(RuleFile file, List<RuleFile> files) {
        try {
            return RuleCatalog.expandedDrl(file, files);
        } catch (Exception e) {
            return null; // compiling reports the expansion error with its line
        }
    }

    private static PackageDescr parse(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, drl);
            return parser.hasErrors() ? null : pkg;
        } catch (Exception e) {
            return null; // compiling reports the syntax error with its line
        }
    }

    private static void check(RuleFile file, String[] lines, RuleDescr rule, List<RuleError> errors) {
        if (!(rule.getConsequence() instanceof String text)) {
            return;
        }
        // The parser gives the line of 'then' and the text from its first statement: on that line or a later one.
        int first = rule.getConsequenceLine();
        while (first >= 1 && first < lines.length && (first == rule.getConsequenceLine()
                ? lines[first - 1].replaceFirst("^.*?\\bthen\\b", "") : lines[first - 1]).isBlank()) {
            first++;
        }
        String code = blankLiterals(text);
        String where = "rule \"" + rule.getName() + "\": its then part ";
        Matcher word = WORD.matcher(code);
        while (word.find()) {
            if (ConsequenceVocabulary.FORBIDDEN_KEYWORDS.contains(word.group())) {
                errors.add(error(file, rule, first, code, word.start(), where + "uses '" + word.group() + "', which a then part"
                        + " may not (no loops, no new objects, no exceptions)." + ONLY));
                return;
            }
        }
        for (String arrow : new String[] {"->", "::"}) {
            if (code.contains(arrow)) {
                errors.add(error(file, rule, first, code, code.indexOf(arrow), where + "uses '" + arrow + "' (a lambda or"
                        + " method reference), which a then part may not." + ONLY));
                return;
            }
        }
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String refused = refusedCall(code, call.start(), call.group(1));
            if (refused != null) {
                errors.add(error(file, rule, first, code, call.start(), where + "calls " + refused + ", which a then part may"
                        + " not." + ONLY));
                return;
            }
        }
    }

    /** Null when the call at {@code at} is in the vocabulary, else the call as written ("System.exit"). */
    private static String refusedCall(String code, int at, String method) {
        int i = skipSpaceBack(code, at - 1);
        if (i < 0 || code.charAt(i) != '.') {
            return ConsequenceVocabulary.ACTIONS.contains(method) || method.equals("if") ? null : method;
        }
        i = skipSpaceBack(code, i - 1);
        if (i >= 0 && (code.charAt(i) == ')' || code.charAt(i) == ']' || code.charAt(i) == '"')) {
            return ConsequenceVocabulary.isQuery(method) ? null : "(...)." + method;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '.'
                || Character.isWhitespace(code.charAt(i)))) {
            i--;
        }
        String chain = code.substring(i + 1, end).replaceAll("\\s+", "");
        String root = chain.contains(".") ? chain.substring(0, chain.indexOf('.')) : chain;
        if (root.startsWith("$")) {
            return ConsequenceVocabulary.isQuery(method) ? null : chain + "." + method;
        }
        var allowed = ConsequenceVocabulary.STATIC_CALLS.get(chain);
        return allowed != null && allowed.contains(method) ? null : chain + "." + method;
    }

    private static int skipSpaceBack(String code, int i) {
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i;
    }

    private static RuleError error(RuleFile file, RuleDescr rule, int first, String code, int offset, String message) {
        int line = first + (int) code.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new RuleError(file.path(), line > 0 ? line : rule.getLine(), message);
    }

    /** The code with comments and the text of string and character literals blanked out (line breaks kept). */
    static String blankLiterals(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            if (code.startsWith("//", i)) {
                end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
            } else if (code.startsWith("/*", i)) {
                end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < code.length() && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(code.length(), end + 1);
            } else {
                out.append(c);
                i++;
                continue;
            }
            boolean literal = c == '"' || c == '\'';
            for (int j = i; j < end; j++) {
                // A literal keeps its quotes, so that "text".equals(...) is still seen as a call on a string.
                boolean quote = literal && (j == i || j == end - 1);
                out.append(code.charAt(j) == '\n' ? '\n' : quote ? '"' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
