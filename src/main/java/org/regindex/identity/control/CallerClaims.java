package org.regindex.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Claims of the caller's token: the bearer access token for the API, the ID token for pages.
 * Keycloak puts the same profile claims in both.
 */
@RequestScoped
class CallerClaims {

    @Inject
    SecurityContext security;

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
            return openIdContext.get().getIdentityToken().getJwtClaims().getStringClaim(claim);
        } catch (RuntimeException notAnOpenIdSession) {
            return Optional.empty();
        }
    }
}
