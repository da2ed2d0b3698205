package org.cxadvisor.profile;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A submitted profile broke the contract; carries every violation, not just the first. */
public class InvalidProfileException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidProfileException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message(Locale.ENGLISH))
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
