package org.regindex.platform.entity;

/**
 * The address the public knows the site by ({@code PUBLIC_BASE_URL}): the one place absolute URLs are
 * built, for citations, metadata, the sitemap, e-mails and the OpenAPI servers.
 */
public record PublicSite(String base) {

    public PublicSite {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("PUBLIC_BASE_URL must start with http:// or https://, not " + base);
        }
        base = base.replaceAll("/+$", "");
    }

    /** The absolute URL of a path of this site ("releases/1.0" or "/releases/1.0"). */
    public String url(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** The landing page of a release: the address its citation and metadata give. */
    public String release(String version) {
        return url("releases/" + version);
    }

    /** A file of a release, by the name its download has in the API. */
    public String download(String version, String format) {
        return url("api/v1/releases/" + version + "/download/" + format);
    }

    public boolean secure() {
        return base.startsWith("https://");
    }
}
