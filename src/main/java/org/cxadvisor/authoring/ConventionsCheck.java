package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.List;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseCheck;
import org.cxadvisor.knowledge.RuleError;
import org.cxadvisor.knowledge.RuleFile;
import org.springframework.stereotype.Component;

/**
 * The service refuses what {@code validate} reports as an error: the rule conventions ({@link RuleConventions})
 * and the text checks ({@link TextChecks}), with the same messages. Warnings do not stop a knowledge base.
 */
@Component
class ConventionsCheck implements KnowledgeBaseCheck {

    @Override
    public List<RuleError> errors(KnowledgeBase kb, List<RuleFile> files) {
        List<Finding> findings = new ArrayList<>();
        RuleConventions.check(kb.rules(), findings);
        TextChecks.check(kb.rules(), kb.texts(), true, files, findings);
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                .map(f -> new RuleError(f.file(), f.line(), f.message())).distinct().toList();
    }
}
