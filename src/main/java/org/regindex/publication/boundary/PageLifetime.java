package org.regindex.publication.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletRequest;

/**
 * How long others may keep a public page rendered for a visitor who has not signed in, as the page declares it
 * while it loads; a page that declares nothing (an error, a page of nobody's release) is kept by nobody.
 */
public enum PageLifetime {
    /** A numbered release's page: changes only when a release is published or withdrawn. */
    RELEASE(24 * 3600),
    /** The home page and the pages of {@code latest}, which name another release once the next is published. */
    LATEST(60);

    static final String ATTRIBUTE = PageLifetime.class.getName();

    final int browserSeconds;

    PageLifetime(int browserSeconds) {
        this.browserSeconds = browserSeconds;
    }

    /** Declares the lifetime of the page being rendered. */
    static void declare(PageLifetime lifetime) {
        ((ServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .setAttribute(ATTRIBUTE, lifetime);
    }

    static PageLifetime of(ServletRequest request) {
        return (PageLifetime) request.getAttribute(ATTRIBUTE);
    }

    /** {@code public, max-age=86400, s-maxage=10}: browsers keep it a while, shared caches ask again soon. */
    String cacheControl(int sharedSeconds) {
        return "public, max-age=" + browserSeconds + ", s-maxage=" + sharedSeconds;
    }
}
