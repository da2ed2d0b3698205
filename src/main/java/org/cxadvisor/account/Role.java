package org.cxadvisor.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Optional;

/** The roles of the contract ("Accounts and access"); Spring Security sees them as {@code ROLE_<name>}. */
// one named schema in the OpenAPI description: openapi-generator's Java clients do not compile sets of inline enums
@Schema(enumAsRef = true)
public enum Role {
    /** Lists assessments, keeps scenario sets, reads the impact of a rule change. */
    CONSULTANT,
    /** Manages the users and reads the metrics. */
    ADMIN;

    /** The role of a stored authority; none for an authority this version does not know. */
    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
