package org.regindex.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The API under {@code /api}: bearer access tokens from the Keycloak realm (MicroProfile JWT).
 * {@code @ApplicationScoped} is needed for {@code JsonWebToken} injection on Payara. Its OpenAPI document is
 * {@code META-INF/openapi.yaml}.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"expert", "reviewer", "coordinator", "country-lead", "government"})
@ApplicationScoped
public class RestApplication extends Application {}
