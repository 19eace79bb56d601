package org.regindex.identity.entity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak realm {@code regindex}. */
public enum Role {
    EXPERT("expert", "Regional expert"),
    REVIEWER("reviewer", "Reviewer"),
    COORDINATOR("coordinator", "Coordinator"),
    COUNTRY_LEAD("country-lead", "Country lead"),
    GOVERNMENT("government", "Government contact");

    private final String roleName;
    private final String label;

    Role(String roleName, String label) {
        this.roleName = roleName;
        this.label = label;
    }

    /** The name in tokens, {@code @RolesAllowed} and {@code isUserInRole}. */
    public String roleName() {
        return roleName;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(name))
                .findFirst();
    }
}
