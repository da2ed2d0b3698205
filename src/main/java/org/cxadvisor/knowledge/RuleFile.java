package org.cxadvisor.knowledge;

/** One file of the knowledge base: its path relative to the rules folder (always with '/') and its text. */
public record RuleFile(String path, String content) {

    public boolean isDrl() { return path.endsWith(".drl"); }
    public boolean isDsl() { return path.endsWith(".dsl"); }
    public boolean isDslr() { return path.endsWith(".dslr"); }
    public boolean isTexts() { return path.endsWith(RuleFiles.TEXTS_SUFFIX); }
    public boolean isPlans() { return path.endsWith(RuleFiles.PLANS_SUFFIX); }
    /** A file Drools compiles (rules, DSL, DSLR), as opposed to the texts and plans read beside them. */
    public boolean isRules() { return isDrl() || isDsl() || isDslr(); }
}
