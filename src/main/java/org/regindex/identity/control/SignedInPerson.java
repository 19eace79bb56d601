package org.regindex.identity.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in through Keycloak, as the session keeps it: the username, the groups (roles), the profile claims the
 * pages show, the ID token (for signing out at Keycloak) and when. Plain values only, so that every instance of a
 * cluster reads the same person from a session another instance stored (the OpenID library's own session bean cannot
 * be moved between instances).
 */
public record SignedInPerson(
        String caller, Set<String> groups, Map<String, String> claims, String idToken, Instant signedInAt)
        implements Serializable {

    /** The session attribute that holds the person. */
    public static final String ATTRIBUTE = SignedInPerson.class.getName();

    /** The profile claims kept from the ID token. */
    public static final Set<String> KEPT_CLAIMS = Set.of("name", "email", "locale", "zoneinfo");

    private static final long serialVersionUID = 1L;

    public SignedInPerson {
        if (caller == null || caller.isBlank()) {
            throw new IllegalArgumentException("A signed-in person has a username");
        }
        groups = Set.copyOf(groups);
        claims = Map.copyOf(claims);
    }

    public Optional<String> claim(String name) {
        return Optional.ofNullable(claims.get(name));
    }
}
