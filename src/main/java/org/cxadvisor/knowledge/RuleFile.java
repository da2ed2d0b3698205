package org.cxadvisor.knowledge;

/**
 * One file of the knowledge base: its path relative to the rules folder (always with '/') and its text. A decision
 * table's text is the DRL it stands for, and {@code table} says where in the spreadsheet each part came from.
 */
public record RuleFile(String path, String content, DecisionTable table) {

    public RuleFile(String path, String content) {
        this(path, content, null);
    }

    /** DRL, written by hand or generated from a decision table. */
    public boolean isDrl() { return path.endsWith(".drl") || isTable(); }
    public boolean isDsl() { return path.endsWith(".dsl"); }
    public boolean isDslr() { return path.endsWith(".dslr"); }
    public boolean isTexts() { return path.endsWith(RuleFiles.TEXTS_SUFFIX); }
    public boolean isTable() { return table != null; }

    /** The rules' line of a line of {@link #content()}: itself, or for a decision table the spreadsheet row. */
    public int sourceLine(int line) {
        return isTable() ? table.row(line) : line;
    }

    /** The name the rule compiler knows the file by: a decision table is compiled as the DRL it stands for. */
    String compiledPath() {
        return isTable() ? path + ".drl" : path;
    }
    public boolean isPlans() { return path.endsWith(RuleFiles.PLANS_SUFFIX); }
    /** A file Drools compiles (rules, DSL, DSLR), as opposed to the texts and plans read beside them. */
    public boolean isRules() { return isDrl() || isDsl() || isDslr(); }
}
