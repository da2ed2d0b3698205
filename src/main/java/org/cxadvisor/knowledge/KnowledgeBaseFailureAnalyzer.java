package org.cxadvisor.knowledge;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the rules are broken at start-up, Spring Boot prints this instead of a stack trace: every error as
 * {@code file:line: error: message}, and what to do. The process then exits with a non-zero code.
 * Registered in {@code META-INF/spring.factories}.
 */
class KnowledgeBaseFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeBaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeBaseException cause) {
        String description = "The rules have " + cause.errors().size() + " error(s):\n"
                + cause.errors().stream().map(e -> "    " + e).collect(Collectors.joining("\n"));
        String action = "Fix the rule file(s) named above (file:line), check them with\n"
                + "    java -jar target/cx-advisor.jar validate rules/\nand start the service again.";
        return new FailureAnalysis(description, action, cause);
    }
}
