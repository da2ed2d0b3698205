package org.cxadvisor.knowledge;

/** The rules did not come to rest within the firing limit: some rule keeps re-firing. Names the rule. */
public class RunawayRulesException extends RuntimeException {

    private final String rule;

    public RunawayRulesException(String rule, String reason) {
        super("Rule \"" + rule + "\" " + reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
