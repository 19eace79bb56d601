package org.regindex.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Page sign-in through Keycloak. The annotation reads its values from this bean (immediate EL, ${...}), which reads
 * them from MicroProfile Config: {@code OIDC_PROVIDER_URI}, {@code OIDC_CLIENT_ID},
 * {@code OIDC_CLIENT_SECRET}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${openIdSettings.providerUri}",
        clientId = "${openIdSettings.clientId}",
        clientSecret = "${openIdSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        // Signing out is SignOut's, which also ends the Keycloak session.
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@Named("openIdSettings")
@ApplicationScoped
public class OpenIdSettings {

    @Inject
    @ConfigProperty(name = "oidc.provider.uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    String clientId;

    @Inject
    @ConfigProperty(name = "oidc.client.secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The sign-in service's OpenID discovery document (its endpoints). */
    public URI discoveryDocument() {
        return URI.create(providerUri + "/.well-known/openid-configuration");
    }
}
