package org.cxadvisor.web;

import java.util.List;
import org.cxadvisor.profile.Violation;

/** A request the API refuses with 400: malformed or empty body, or a bad parameter; names what is wrong. */
public class BadRequestException extends RuntimeException {

    private final String titleKey;
    private final List<Violation> violations;

    public BadRequestException(String titleKey, List<Violation> violations) {
        super(titleKey);
        this.titleKey = titleKey;
        this.violations = List.copyOf(violations);
    }

    public String titleKey() {
        return titleKey;
    }

    public List<Violation> violations() {
        return violations;
    }
}
