package org.cxadvisor.support;

import java.nio.file.Path;
import java.time.Clock;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;

/**
 * The small, fixed knowledge base in {@code src/test/resources/smallkb/rules} (classification and the two ambassador
 * rules) for tests of the scenario mechanism, which must not depend on the size of the shipped knowledge base.
 */
public final class SmallRules {

    public static final Path RULES_DIR = Path.of("src/test/resources/smallkb/rules");

    private static KnowledgeBase knowledgeBase;

    private SmallRules() {
    }

    public static synchronized KnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            knowledgeBase = new KnowledgeBaseLoader(Clock.systemUTC()).load(RULES_DIR);
        }
        return knowledgeBase;
    }
}
