package org.cxadvisor.knowledge;

/** A mistake in a rules file: the file relative to the rules folder, its 1-based line (0 if unknown), what is wrong. */
public record RuleError(String file, int line, String message) {

    /** The {@code file:line: error: message} form that editors and terminals understand. */
    @Override
    public String toString() {
        return file + ":" + line + ": error: " + message;
    }
}
