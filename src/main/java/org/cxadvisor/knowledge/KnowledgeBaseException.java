package org.cxadvisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be turned into a knowledge base; carries every error found, with file and line. */
public class KnowledgeBaseException extends RuntimeException {

    private final List<RuleError> errors;

    public KnowledgeBaseException(List<RuleError> errors) {
        super("The rules have " + errors.size() + " error(s):\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
