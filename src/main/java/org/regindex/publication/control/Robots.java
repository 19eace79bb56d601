package org.regindex.publication.control;

import java.net.URI;
import org.regindex.platform.entity.PublicSite;

/**
 * The site's robots.txt: crawlers may read every public page and the open-data API, but not the signed-in pages, the
 * sign-in callback, or the rest of the API (data collection and the coordinators' actions, behind sign-in anyway).
 * It names the sitemap by its absolute address. Paths start with the site's own path, since robots.txt is read at
 * the root of the host: behind a path (https://example.org/index/) the host's robots.txt has to say the same.
 */
public final class Robots {

    public static final String MEDIA_TYPE = "text/plain; charset=UTF-8";

    private Robots() {}

    public static String text(PublicSite site) {
        String root = URI.create(site.url("/")).getPath();
        String prefix = root.endsWith("/") ? root : root + "/";
        // The open-data API's reads before the rest of the API: first-match readers see them, and for longest-match
        // readers (the current standard, RFC 9309) the longer rule wins anyway.
        return "User-agent: *\n"
                + "Allow: " + prefix + "api/v1/releases\n"
                + "Disallow: " + prefix + "api/\n"
                + "Disallow: " + prefix + "app/\n"
                + "Disallow: " + prefix + "Callback\n"
                + "\nSitemap: " + site.url("sitemap.xml") + "\n";
    }
}
