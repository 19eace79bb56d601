package org.regindex.publication.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.regindex.platform.control.SecurityPolicy;
import org.regindex.release.control.CanonicalExport;

/**
 * A public page as rendered for a visitor who has not signed in, ready to be sent again to everyone who asks the same
 * address in the same language while nothing published changes.
 * <p>
 * Its tag is made from the address, the language and the {@link PublicationFingerprint publication}, so every
 * instance of one build tags the same page alike. So that they also send the same bytes, the script nonce the page
 * was rendered with becomes one made from the tag: a 304 from any instance carries a Content-Security-Policy that
 * fits the body the cache holds. The nonce is then known to whoever reads the page; on these pages, which show no
 * one's input unescaped and run no script but ours, the policy's other rules (scripts from this site only, no
 * plugins, forms posting here only, framing as configured) still hold.
 *
 * <p>Its parts: the strong entity tag (quoted); the fingerprint it was rendered under; its language (a tag); the
 * bytes sent; the content type the page set; the Content-Security-Policy header with the page's nonce; how long
 * others may keep it; the request headers its language came from ({@code Accept-Language, Cookie}), or null when the
 * address named it.
 */
public final class RenderedPage {

    /** The Vary header of a page whose language came from the visitor's browser or cookie. */
    public static final String VARIES_BY_LANGUAGE = "Accept-Language, Cookie";

    private static final Pattern LIST = Pattern.compile(",");

    private final String tag;
    private final String publication;
    private final String language;
    private final byte[] body;
    private final String contentType;
    private final String securityPolicy;
    private final String cacheControl;
    private final String varies;

    private RenderedPage(
            String tag,
            String publication,
            String language,
            byte[] body,
            String contentType,
            String securityPolicy,
            String cacheControl,
            String varies) {
        this.tag = tag;
        this.publication = publication;
        this.language = language;
        this.body = body;
        this.contentType = contentType;
        this.securityPolicy = securityPolicy;
        this.cacheControl = cacheControl;
        this.varies = varies;
    }

    /** The tag of a page at this address (path and query) in this language, under this publication. */
    public static String tag(String address, String language, String publication) {
        return '"'
                + CanonicalExport.sha256(
                                (publication + ' ' + language + ' ' + address).getBytes(StandardCharsets.UTF_8))
                        .substring(0, 40)
                + '"';
    }

    /** The page with its random nonce replaced by one made from its tag, in the body and in the policy. */
    public static RenderedPage of(
            String tag,
            String publication,
            String language,
            String body,
            String contentType,
            String securityPolicy,
            String cacheControl,
            String varies) {
        String random = SecurityPolicy.nonceIn(securityPolicy);
        String fixed = nonce(tag);
        String page = random == null ? body : body.replace(random, fixed);
        String policy = random == null ? securityPolicy : securityPolicy.replace(random, fixed);
        return new RenderedPage(
                tag,
                publication,
                language,
                page.getBytes(StandardCharsets.UTF_8),
                contentType,
                policy,
                cacheControl,
                varies);
    }

    /** A nonce of the form PrimeFaces writes (the Base64 of a UUID), the same for every render of one tag. */
    static String nonce(String tag) {
        return Base64.getEncoder()
                .encodeToString(UUID.nameUUIDFromBytes(tag.getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an If-None-Match header names this page's tag (weakly compared, as that header is). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        return LIST.splitAsStream(ifNoneMatch)
                .map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag));
    }

    /** What the page takes of memory, roughly. */
    long size() {
        return body.length + 1024L;
    }

    public String tag() {
        return tag;
    }

    public String publication() {
        return publication;
    }

    public String language() {
        return language;
    }

    /** The bytes sent (not a copy: never change them). */
    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    public String securityPolicy() {
        return securityPolicy;
    }

    public String cacheControl() {
        return cacheControl;
    }

    public String varies() {
        return varies;
    }
}
