package org.regindex.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.regindex.identity.control.SignedInPerson;
import org.regindex.identity.control.VerifiedTokens;
import org.regindex.platform.boundary.SecurityHeaders;

/**
 * Two sign-in mechanisms live in one war: bearer tokens (MicroProfile JWT) for {@code /api/*} and
 * OpenID Connect for pages. With both, the container cannot choose between the two beans
 * (ambiguous resolution), so this alternative takes their place and hands each request to one.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PathRoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_UNAVAILABLE = "/error/sign-in-unavailable.xhtml";
    private static final String BEARER = "Bearer ";

    @Inject
    BeanManager beanManager;

    @Inject
    SignInAvailability signIn;

    @Inject
    SecurityHeaders headers;

    @Inject
    VerifiedTokens tokens;

    @Inject
    SignInSessions sessions;

    private HttpAuthenticationMechanism bearer;
    private HttpAuthenticationMechanism pages;

    @PostConstruct
    void findMechanisms() {
        for (Bean<?> bean : beanManager.getBeans(HttpAuthenticationMechanism.class)) {
            if (bean.getBeanClass() == PathRoutingAuthenticationMechanism.class) {
                continue;
            }
            HttpAuthenticationMechanism mechanism = (HttpAuthenticationMechanism) beanManager.getReference(
                    bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
            if (isBearerTokenMechanism(bean)) {
                bearer = mechanism;
            } else {
                pages = mechanism;
            }
        }
        if (bearer == null || pages == null) {
            throw new IllegalStateException("Expected a bearer-token and an OpenID Connect mechanism");
        }
    }

    /** Payara registers its MicroProfile JWT mechanism as a synthetic bean; its types name it. */
    private static boolean isBearerTokenMechanism(Bean<?> bean) {
        return bean.getTypes().stream()
                .map(Type::getTypeName)
                .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains("jwtauthenticationmechanism"));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return isApi(request) ? bearer : pages;
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        // The redirects to sign-in and the 401s are sent here, before any filter sees the request.
        headers.apply(request, response);
        if (isApi(request)) {
            return bearerToken(request, response, context);
        }
        if (!context.isProtected() && request.getSession(false) == null) {
            // A visitor of a public page who has not signed in: nothing to validate, and asking the OpenID Connect
            // mechanism would open a session (it keeps its state there), which a public page must not (issue 16).
            return context.doNothing();
        }
        // What follows (a redirect to sign-in, a signed-in page) is this person's: no cache may keep it.
        response.setHeader("Cache-Control", "private, no-store");
        Optional<SignedInPerson> person = sessions.person(request);
        if (person.isPresent()) {
            // Whichever instance stored the session, the person in it is who signed in (see SignInSessions).
            return context.notifyContainerAboutLogin(
                    person.get().caller(), person.get().groups());
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            SignInCallbackServlet.rememberTarget(request);
        }
        try {
            return pages.validateRequest(request, new SignInRedirects(request, response), context);
        } catch (RuntimeException failure) {
            // The sign-in service is asked for its settings on the first sign-in after a start.
            if (signIn.reachable()) {
                throw failure;
            }
            return context.redirect(request.getContextPath() + SIGN_IN_UNAVAILABLE);
        }
    }

    /** A token verified before is trusted until it expires (see {@link VerifiedTokens}); others go to the container. */
    private AuthenticationStatus bearerToken(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String header = request.getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip()
                : null;
        if (token == null || token.isEmpty()) {
            return bearer.validateRequest(request, response, context);
        }
        Optional<VerifiedTokens.Verified> known = tokens.known(token);
        if (known.isPresent()) {
            return context.notifyContainerAboutLogin(
                    known.get().caller(), known.get().groups());
        }
        AuthenticationStatus status = bearer.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() instanceof JsonWebToken verified) {
            tokens.verified(
                    token,
                    verified,
                    context.getGroups() == null ? Set.of() : context.getGroups(),
                    Instant.ofEpochSecond(verified.getExpirationTime()));
        }
        return status;
    }

    /** Sends the browser to our own page instead of to a sign-in service that does not answer. */
    private final class SignInRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        SignInRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (signIn.isProvider(location) && !signIn.reachable()) {
                super.sendRedirect(request.getContextPath() + SIGN_IN_UNAVAILABLE);
            } else {
                super.sendRedirect(location);
            }
        }
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    /** Signing out of pages is {@link SignOut}'s: the OpenID library's session beans are gone by then. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            bearer.cleanSubject(request, response, context);
        } else {
            context.cleanClientSubject();
        }
    }
}
