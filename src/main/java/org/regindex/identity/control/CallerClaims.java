package org.regindex.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Claims of the caller's token: the bearer access token for the API, the ID token for pages (as the session keeps
 * them, {@link SignedInPerson}, or during the sign-in's own request as the OpenID library has them). Keycloak puts
 * the same profile claims in both.
 */
@RequestScoped
class CallerClaims {

    @Inject
    SecurityContext security;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Instance<OpenIdContext> openIdContext;

    Optional<String> string(String claim) {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (principal instanceof JsonWebToken token) {
            return Optional.ofNullable(token.getClaim(claim)).map(Object::toString);
        }
        try {
            HttpSession session = request.get().getSession(false);
            if (session != null && session.getAttribute(SignedInPerson.ATTRIBUTE) instanceof SignedInPerson person) {
                return person.claim(claim);
            }
            // The sign-in's own request (the callback), before the session keeps the person.
            return openIdContext.get().getIdentityToken().getJwtClaims().getStringClaim(claim);
        } catch (RuntimeException notAnOpenIdSession) {
            return Optional.empty();
        }
    }
}
