package org.regindex.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The API under {@code /api}: bearer access tokens from the Keycloak realm (MicroProfile JWT).
 * {@code @ApplicationScoped} is needed for {@code JsonWebToken} injection on Payara.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Regindex API",
                        version = "1",
                        description =
                                "Published releases of a comparative index of regional migrant-integration governance (no sign-in), "
                                        + "and data collection for the people of a round (bearer tokens from the Keycloak realm). "
                                        + "Errors are RFC 9457 problem details."))
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"expert", "reviewer", "coordinator"})
@ApplicationScoped
public class RestApplication extends Application {}
