package org.cxadvisor.profile;

/** The input is not JSON at all (or is empty); the violation says where it goes wrong. */
public class MalformedJsonException extends RuntimeException {

    private final Violation violation;

    public MalformedJsonException(Violation violation) {
        super(violation.message(java.util.Locale.ENGLISH));
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
