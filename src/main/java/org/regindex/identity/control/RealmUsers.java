package org.regindex.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether people exist in the sign-in realm, asked of Keycloak through the app's service account once per
 * name and request. When Keycloak cannot answer, a {@link RealmUnavailable} (503) stops what needed it.
 */
@RequestScoped
public class RealmUsers {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "oidc.provider.uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    String clientId;

    @Inject
    @ConfigProperty(name = "oidc.client.secret")
    String clientSecret;

    private RealmDirectory directory;
    private final Set<String> known = new HashSet<>();

    @PostConstruct
    void connect() {
        directory = new RealmDirectory(new RealmDirectory.Settings(providerUri, clientId, clientSecret), TIMEOUT);
    }

    /** Refuses a user name the realm does not have (404). */
    public void requireKnown(String username) {
        if (!unknownAmong(Set.of(username)).isEmpty()) {
            throw new UnknownPerson(username);
        }
    }

    /** The names of {@code usernames} that the realm does not have, in their order. */
    public Set<String> unknownAmong(Collection<String> usernames) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String username : usernames) {
            if (!known.contains(username)) {
                if (directory.knows(username)) {
                    known.add(username);
                } else {
                    unknown.add(username);
                }
            }
        }
        return unknown;
    }
}
