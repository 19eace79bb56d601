package org.regindex.platform.boundary;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.regindex.platform.entity.PublicSite;

/**
 * The OpenAPI document's one server is the public address ({@code PUBLIC_BASE_URL}) instead of the addresses the
 * server listens on. Its paths start with the application's path ({@code /api/v1/...}), so the server is the site
 * itself: server plus path is the address a client calls. Named by {@code mp.openapi.filter}; not a CDI bean, so
 * it reads the key itself.
 */
public class PublicServers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PublicSite site = new PublicSite(ConfigProvider.getConfig().getValue("public.base.url", String.class));
        openAPI.setServers(
                List.of(OASFactory.createServer().url(site.base()).description("The public address of this site")));
    }
}
