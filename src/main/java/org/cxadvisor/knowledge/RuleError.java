package org.cxadvisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** A mistake in a rules file: the file relative to the rules folder, its 1-based line (0 if unknown), what is wrong. */
public record RuleError(String file, int line, String message) {

    /** The {@code file:line: error: message} form that editors and terminals understand. */
    @Override
    public String toString() {
        return file + ":" + line + ": error: " + message;
    }

    /** The readable block a failed reload logs: every error on its own line, and what still serves. */
    static String describeFailure(List<RuleError> errors, String keptVersion) {
        return "The changed rules have " + errors.size() + " error(s); still serving knowledge base " + keptVersion
                + ".\n" + lines(errors) + "\nFix the file(s) and save: the rules are reloaded automatically.";
    }

    /** Every error on its own indented line. */
    static String lines(List<RuleError> errors) {
        return errors.stream().map(e -> "    " + e).collect(Collectors.joining("\n"));
    }
}
