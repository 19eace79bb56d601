package org.regindex.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.identity.control.SessionLimits;
import org.regindex.platform.control.SecurityPolicy;

/**
 * The sessions of signed-in people: a new session id at sign-in (a session id known before sign-in, perhaps planted,
 * is worth nothing after it), the idle and absolute timeouts ({@code SESSION_IDLE_TIMEOUT},
 * {@code SESSION_ABSOLUTE_TIMEOUT}, ISO-8601 durations), and a Secure session cookie behind https.
 */
@ApplicationScoped
public class SignInSessions {

    static final String SIGNED_IN_AT = SignInSessions.class.getName() + ".signedInAt";

    @Inject
    @ConfigProperty(name = "session.idle.timeout")
    Duration idle;

    @Inject
    @ConfigProperty(name = "session.absolute.timeout")
    Duration absolute;

    @Inject
    @ConfigProperty(name = "public.base.url")
    String publicBaseUrl;

    @Inject
    Clock clock;

    private SessionLimits limits;

    @PostConstruct
    void readLimits() {
        limits = new SessionLimits(idle, absolute);
    }

    public SessionLimits limits() {
        return limits;
    }

    public boolean secureCookie() {
        return SecurityPolicy.behindTls(publicBaseUrl);
    }

    /** Right after a successful sign-in: another session id, and the time the absolute timeout counts from. */
    void signedIn(HttpServletRequest request) {
        request.changeSessionId();
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    /** Whether this signed-in session has outlived the absolute timeout. */
    boolean expired(HttpSession session) {
        Object at = session.getAttribute(SIGNED_IN_AT);
        // Without a record (signed in before an upgrade) the session's start is the safe guess: it is not later.
        Instant signedInAt = at instanceof Instant instant ? instant : Instant.ofEpochMilli(session.getCreationTime());
        return limits.expired(signedInAt, clock.instant());
    }
}
