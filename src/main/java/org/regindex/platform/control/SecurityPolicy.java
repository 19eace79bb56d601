package org.regindex.platform.control;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The security headers of every response, from configuration: a Content-Security-Policy that allows our own scripts
 * and those carrying the page's nonce (PrimeFaces' CSP mode puts it on every script it writes), no plugins, forms that
 * post only here or to the sign-in service (sign-out redirects there from a form post), and framing by our own pages
 * only, except on the embeddable paths, which any site may frame.
 * <p>
 * Styles allow inline: PrimeFaces' components and our score bars write {@code style} attributes, and a style cannot
 * run code.
 *
 * @param behindTls the public address is https: browsers are told to use https only (HSTS)
 * @param signInOrigin the sign-in service's origin, such as {@code https://login.example.org}
 * @param embeddablePaths paths (within the application) that any site may frame; one ending in {@code /} covers the
 *        paths below it
 */
public record SecurityPolicy(boolean behindTls, String signInOrigin, List<String> embeddablePaths) {

    public static final String CSP = "Content-Security-Policy";
    /** The value of {@code security.embeddable.paths} that lets no page be framed by another site. */
    public static final String NONE = "none";

    static final String HSTS_VALUE = "max-age=31536000";
    /** The interactive API reference (Swagger UI). */
    public static final String API_REFERENCE = "/api/docs";

    public SecurityPolicy {
        embeddablePaths = List.copyOf(embeddablePaths);
    }

    /** From the keys {@code public.base.url}, {@code oidc.provider.uri} and {@code security.embeddable.paths} (comma-separated). */
    public static SecurityPolicy of(String publicBaseUrl, String signInProvider, String embeddable) {
        List<String> paths =
                embeddable == null || embeddable.isBlank() || embeddable.strip().equalsIgnoreCase(NONE)
                        ? List.of()
                        : Arrays.stream(embeddable.split(","))
                                .map(String::strip)
                                .filter(path -> !path.isEmpty())
                                .toList();
        for (String path : paths) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("An embeddable path starts with /: " + path);
            }
        }
        return new SecurityPolicy(behindTls(publicBaseUrl), origin(signInProvider), paths);
    }

    /** Whether the public address is an https one; then cookies are Secure and HSTS is sent. */
    public static boolean behindTls(String publicBaseUrl) {
        return publicBaseUrl != null
                && publicBaseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** scheme://host[:port] of an absolute address, or null when it has none. */
    static String origin(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        URI uri = URI.create(address.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    public boolean embeddable(String path) {
        return embeddablePaths.stream()
                .anyMatch(allowed -> allowed.endsWith("/") ? path.startsWith(allowed) : path.equals(allowed));
    }

    /** The policy for a response to this path; {@code nonce} is the page's script nonce, or null when it has none. */
    public String contentSecurityPolicy(String path, String nonce) {
        return "default-src 'self'; "
                + "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'") + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'" + (connectsToSignIn(path) ? " " + signInOrigin : "") + "; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'" + (signInOrigin == null ? "" : " " + signInOrigin) + "; "
                + "frame-ancestors " + (embeddable(path) ? "*" : "'self'");
    }

    /**
     * The API reference page reads the sign-in realm's discovery document (its openIdConnect scheme) from the browser;
     * no other page talks to the sign-in service but through links and form posts.
     */
    private boolean connectsToSignIn(String path) {
        return signInOrigin != null && API_REFERENCE.equals(path);
    }

    /** Every security header of a response to this path, in a stable order. */
    public Map<String, String> headers(String path, String nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CSP, contentSecurityPolicy(path, nonce));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!embeddable(path)) {
            // For browsers that predate frame-ancestors.
            headers.put("X-Frame-Options", "SAMEORIGIN");
        }
        if (behindTls) {
            headers.put("Strict-Transport-Security", HSTS_VALUE);
        }
        return headers;
    }

    /** The nonce in a policy that PrimeFaces wrote ({@code ... 'nonce-abc';}), or null. */
    public static String nonceIn(String policy) {
        if (policy == null) {
            return null;
        }
        int start = policy.indexOf("'nonce-");
        if (start < 0) {
            return null;
        }
        int end = policy.indexOf('\'', start + 7);
        if (end < 0) {
            return null;
        }
        String nonce = policy.substring(start + 7, end);
        // PrimeFaces' nonces are Base64; anything else is not copied into our header.
        return nonce.matches("[A-Za-z0-9+/=_-]{1,200}") ? nonce : null;
    }
}
