package org.regindex.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens whose signature, issuer and audience were verified, with who they name, until they expire. Checking
 * a token costs more than the rest of a save (the container reads the realm's key set, parses it and checks the
 * signature on every request); a client sends the same token with each request for minutes, and a verified token
 * stays valid until its expiry whatever happens meanwhile (a JWT cannot be revoked), so a token seen before is
 * trusted until then without checking it again. Kept by the whole token, at most {@link #KEPT} of them.
 */
@ApplicationScoped
public class VerifiedTokens {

    static final int KEPT = 10_000;

    /** Who a verified token names, and until when. */
    public record Verified(Principal caller, Set<String> groups, Instant expires) {}

    private final Map<String, Verified> byToken = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > KEPT;
        }
    };

    private Clock clock;

    public VerifiedTokens() {}

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    @Inject
    void clock(Clock time) {
        this.clock = time;
    }

    /** What a token was verified to name, while it has not expired. */
    public synchronized Optional<Verified> known(String token) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.expires())) {
            byToken.remove(token);
            return Optional.empty();
        }
        return Optional.of(verified);
    }

    /** Remembers a token the container has just verified. */
    public synchronized void verified(String token, Principal caller, Set<String> groups, Instant expires) {
        if (clock.instant().isBefore(expires)) {
            byToken.put(token, new Verified(caller, Set.copyOf(groups), expires));
        }
    }

    public synchronized int size() {
        return byToken.size();
    }
}
