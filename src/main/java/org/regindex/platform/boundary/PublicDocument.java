package org.regindex.platform.boundary;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.regindex.platform.entity.PublicSite;

/**
 * Puts this installation's addresses into the hand-written OpenAPI document ({@code META-INF/openapi.yaml}): its one
 * server is the public address ({@code PUBLIC_BASE_URL}) instead of the addresses the server listens on, and the
 * {@code openIdConnect} scheme names the sign-in realm's discovery document ({@code OIDC_PROVIDER_URI}). The paths
 * start with the application's path ({@code /api/v1/...}), so server plus path is the address a client calls. Named
 * by {@code mp.openapi.filter}; not a CDI bean, so it reads the keys itself.
 */
public class PublicDocument implements OASFilter {

    static final String OPEN_ID_CONNECT = "openIdConnect";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        Config config = ConfigProvider.getConfig();
        PublicSite site = new PublicSite(config.getValue("public.base.url", String.class));
        openAPI.setServers(
                List.of(OASFactory.createServer().url(site.base()).description("The public address of this site")));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            SecurityScheme openIdConnect =
                    openAPI.getComponents().getSecuritySchemes().get(OPEN_ID_CONNECT);
            if (openIdConnect != null) {
                openIdConnect.setOpenIdConnectUrl(discovery(config.getValue("oidc.provider.uri", String.class)));
            }
        }
    }

    /**
     * Payara adds a root member {@code endpoints} (the addresses it serves; not part of OpenAPI, so validators and client
     * generators refuse the document) before the filters run. It has no public type to clear it through, hence the
     * reflection; on another implementation there is nothing to drop.
     */
    static void dropPayaraEndpoints(OpenAPI openAPI) {
        Optional<Method> setter = Arrays.stream(openAPI.getClass().getMethods())
                .filter(m -> m.getName().equals("setEndpoints") && m.getParameterCount() == 1)
                .findFirst();
        if (setter.isEmpty()) {
            return;
        }
        try {
            // Empty, not null: Payara clones the map for every request, and writes no empty member.
            setter.get().invoke(openAPI, new HashMap<String, Set<String>>());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Payara's endpoints could not be dropped from the OpenAPI document", e);
        }
    }

    /** The realm's OpenID Connect discovery document. */
    static String discovery(String realm) {
        String base = realm.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/.well-known/openid-configuration";
    }
}
