package org.regindex.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.platform.entity.PublicSite;

/** The site's public address from the key {@code public.base.url} ({@code PUBLIC_BASE_URL}). */
@ApplicationScoped
public class PublicSiteProducer {

    @Inject
    @ConfigProperty(name = "public.base.url")
    String base;

    /** A record cannot be proxied, so each injection gets its own (equal) value. */
    @Produces
    PublicSite site() {
        return new PublicSite(base);
    }
}
