package org.regindex.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.regindex.identity.entity.Role;
import org.regindex.platform.entity.Actor;

/**
 * The person behind the current request, whichever way they signed in. Services call
 * {@link #require(Role...)} before they act; that is where access is decided.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    CallerClaims claims;

    private Set<Role> roles;

    public boolean signedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The Keycloak username ({@code preferred_username}). */
    public String username() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotSignedIn();
        }
        return principal.getName();
    }

    /** The person's full name where the token carries it, else the username. */
    public String displayName() {
        return claims.string("name").orElseGet(this::username);
    }

    public String email() {
        return claims.string("email").orElse("");
    }

    /** The language the person chose in their account (Keycloak's {@code locale} claim), if any. */
    public Optional<String> language() {
        return claims.string("locale").filter(tag -> !tag.isBlank());
    }

    /** The time zone the person's account names (the OpenID {@code zoneinfo} claim, e.g. Europe/Madrid), if any. */
    public Optional<String> timeZone() {
        return claims.string("zoneinfo").filter(tag -> !tag.isBlank());
    }

    /** The caller's roles, asked of the container once per request (each question is a policy check). */
    public Set<Role> roles() {
        if (roles == null) {
            roles = Collections.unmodifiableSet(
                    signedIn()
                            ? Arrays.stream(Role.values())
                                    .filter(role -> security.isCallerInRole(role.roleName()))
                                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))
                            : EnumSet.noneOf(Role.class));
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** The caller as an audit event names them, acting in the given role. */
    public Actor actingAs(Role role) {
        return new Actor(username(), role.roleName());
    }

    public void requireSignedIn() {
        if (!signedIn()) {
            throw new NotSignedIn();
        }
    }

    /** Refuses unless the caller is signed in and has one of the roles. */
    public void require(Role role, Role... orOneOf) {
        requireSignedIn();
        Role[] accepted = Stream.concat(Stream.of(role), Arrays.stream(orOneOf)).toArray(Role[]::new);
        if (Arrays.stream(accepted).noneMatch(this::has)) {
            throw new RoleRequired(accepted);
        }
    }
}
