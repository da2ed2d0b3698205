package org.cxadvisor.account;

/** The roles of the contract ("Accounts and access"); Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    /** Lists assessments, keeps scenario sets, reads the impact of a rule change. */
    CONSULTANT,
    /** Manages the users and reads the metrics. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
