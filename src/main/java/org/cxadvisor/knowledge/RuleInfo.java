package org.cxadvisor.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What the knowledge base knows about one rule without running it: where it is, its metadata, and which
 * profile fields its conditions read. {@code advice} is set for advice rules, {@code conclusion} for
 * classification rules, {@code strength} for rules that note a practice to keep.
 */
public record RuleInfo(String name, String file, int line, String category, String advice, String conclusion,
                       String strength, List<String> kpoints, List<String> sources, Set<String> fields) {

    public boolean isAdviceRule() {
        return advice != null;
    }

    public boolean isStrengthRule() {
        return strength != null;
    }
}
