package org.cxadvisor.authoring;

/** One problem found in the rules folder: file relative to the rules folder, 1-based line (0 if none), severity, text. */
public record Finding(String file, int line, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Finding error(String file, int line, String message) {
        return new Finding(file, line, Severity.ERROR, message);
    }

    static Finding warning(String file, int line, String message) {
        return new Finding(file, line, Severity.WARNING, message);
    }

    /** {@code prefix + file:line: severity: message}, the form editors and terminals understand. */
    public String format(String prefix) {
        return prefix + file + ":" + line + ": " + severity.word() + ": " + message;
    }
}
