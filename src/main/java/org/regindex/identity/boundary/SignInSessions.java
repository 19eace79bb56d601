package org.regindex.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.identity.control.SessionLimits;
import org.regindex.identity.control.SignedInPerson;
import org.regindex.platform.control.SecurityPolicy;

/**
 * The sessions of signed-in people: a new session id at sign-in (a session id known before sign-in, perhaps planted,
 * is worth nothing after it), the idle and absolute timeouts ({@code SESSION_IDLE_TIMEOUT},
 * {@code SESSION_ABSOLUTE_TIMEOUT}, ISO-8601 durations), and a Secure session cookie behind https. The session keeps
 * the person as a {@link SignedInPerson}; the OpenID library's session beans are dropped after sign-in, so that any
 * instance of a cluster can read a session another one stored.
 */
@ApplicationScoped
public class SignInSessions {

    /** The claim the realm puts the roles in (as OpenIdSettings tells the OpenID library). */
    private static final String GROUPS = "groups";

    private static final String OPENID_LIBRARY = "org.glassfish.soteria.";

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

    @Inject
    BeanManager beans;

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

    /**
     * Right after a successful sign-in: another session id, and the person as the OpenID library found them, kept in
     * plain values; its own session beans go (they reach the other instances of a cluster broken).
     */
    void signedIn(HttpServletRequest request, OpenIdContext openId) {
        request.changeSessionId();
        JwtClaims token = openId.getIdentityToken().getJwtClaims();
        Map<String, String> claims = new HashMap<>();
        for (String claim : SignedInPerson.KEPT_CLAIMS) {
            token.getStringClaim(claim).ifPresent(value -> claims.put(claim, value));
        }
        SignedInPerson person = new SignedInPerson(
                request.getUserPrincipal().getName(),
                Set.copyOf(token.getArrayStringClaim(GROUPS)),
                claims,
                openId.getIdentityToken().getToken(),
                clock.instant());
        request.getSession().setAttribute(SignedInPerson.ATTRIBUTE, person);
        AlterableContext sessionBeans = (AlterableContext) beans.getContext(SessionScoped.class);
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getScope() == SessionScoped.class
                    && bean.getBeanClass().getName().startsWith(OPENID_LIBRARY)) {
                sessionBeans.destroy(bean);
            }
        }
    }

    /** The person this session belongs to, if someone signed in with it. */
    public Optional<SignedInPerson> person(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : session.getAttribute(SignedInPerson.ATTRIBUTE))
                .filter(SignedInPerson.class::isInstance)
                .map(SignedInPerson.class::cast);
    }

    /** Whether this signed-in session has outlived the absolute timeout. */
    boolean expired(HttpServletRequest request) {
        // Without a record the sign-in is under way: the callback makes the record.
        return person(request)
                .map(person -> limits.expired(person.signedInAt(), clock.instant()))
                .orElse(false);
    }
}
