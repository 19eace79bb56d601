package org.regindex.publication.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.platform.boundary.BufferedResponse;
import org.regindex.platform.control.SecurityPolicy;
import org.regindex.publication.control.PageStore;
import org.regindex.publication.control.PublicationFingerprint;
import org.regindex.publication.control.RenderedPage;

/**
 * The caching of pages. Pages of people who have signed in (and every page not meant for everyone) are
 * {@code private, no-store}. A public page of a release asked by a visitor who has not signed in is rendered once
 * per address and language, then sent from memory while nothing published changes; it carries a strong ETag,
 * answers 304 to a matching If-None-Match, and may be kept by browsers and shared caches as its
 * {@link PageLifetime} says. Its language comes from the address, or else from the visitor's cookie or browser, and
 * then the page says it varies by those headers. Mapped in {@code web.xml} after the security headers, so that a page
 * sent from memory carries them too.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PRIVATE = "private, no-store";
    private static final String SIGNED_IN_PAGES = "/app/";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    private static final String LANDING_PAGES = "/releases";

    @Inject
    transient PageStore store;

    @Inject
    transient PublicationFingerprint publication;

    @Inject
    @ConfigProperty(name = "public.cache.shared.seconds")
    int sharedSeconds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPage(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", PRIVATE);
        if (!forEveryone(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        String language = Language.forVisitor(request).getLanguage();
        String address = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        String key = language + " " + address;
        String current = publication.current();
        Optional<RenderedPage> kept = store.get(key, current);
        if (kept.isPresent()) {
            send(kept.get(), request, response);
            return;
        }
        BufferedResponse rendered = new BufferedResponse(response);
        chain.doFilter(request, rendered);
        PageLifetime lifetime = PageLifetime.of(request);
        // Kept only when the page says how long, answered a plain 200, and opened no session while rendering.
        if (lifetime == null
                || !rendered.keptAnOk()
                || request.getSession(false) != null
                || !StandardCharsets.UTF_8.name().equalsIgnoreCase(rendered.getCharacterEncoding())) {
            rendered.send();
            return;
        }
        RenderedPage page = RenderedPage.of(
                RenderedPage.tag(address, language, current),
                current,
                language,
                new String(rendered.body(), StandardCharsets.UTF_8),
                rendered.getContentType(),
                rendered.getHeader(SecurityPolicy.CSP),
                lifetime.cacheControl(sharedSeconds),
                Language.namedByAddress(request) == null ? RenderedPage.VARIES_BY_LANGUAGE : null);
        store.put(key, page);
        response.reset();
        send(page, request, response);
    }

    static boolean isPage(String path) {
        return path.equals("/")
                || path.equals(LANDING_PAGES)
                || path.startsWith(LANDING_PAGES + "/")
                || (path.endsWith(".xhtml") && !path.startsWith(FACES_RESOURCES));
    }

    /** A request whose answer is the same for everyone who sends it: no session, no credentials, no form post. */
    private static boolean forEveryone(HttpServletRequest request, String path) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith(SIGNED_IN_PAGES)
                && request.getSession(false) == null
                && request.getHeader("Authorization") == null;
    }

    private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", page.tag());
        response.setHeader("Cache-Control", page.cacheControl());
        if (page.varies() != null) {
            response.setHeader("Vary", page.varies());
        }
        response.setHeader(SecurityPolicy.CSP, page.securityPolicy());
        response.setHeader("Content-Language", page.language());
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }
}
