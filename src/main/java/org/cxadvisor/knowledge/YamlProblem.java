package org.cxadvisor.knowledge;

/** A YAML parser's problem in words a business user can act on. */
final class YamlProblem {

    private YamlProblem() {
    }

    /** SnakeYAML's wording of the commonest mistakes, said so that a business user can fix them. */
    static String explain(String problem) {
        if (problem != null && problem.startsWith("mapping values are not allowed")) {
            return "a plain text cannot contain ': ' (a colon and a space): put the whole text in double quotes, or write"
                    + " it as a folded block ('title: >-', then the text on the next line, indented further).";
        }
        if (problem != null && problem.contains("found character '\\t'")) {
            return "a tab: indent with spaces only.";
        }
        return problem + " (check the indentation and the quotes on this line)";
    }
}
