package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.SecurityPolicy;

class SecurityPolicyTest {

    private static final String DEFAULT_EMBEDDABLE = "/explore/compare.xhtml,/explore/region.xhtml,/embed/";

    private static SecurityPolicy local() {
        return SecurityPolicy.of("http://localhost:8080", "http://localhost:8180/realms/regindex", DEFAULT_EMBEDDABLE);
    }

    @Test
    void aPageWithANonceMayRunOurScriptsAndThoseWithTheNonceOnly() {
        String policy = local().contentSecurityPolicy("/app/home.xhtml", "YWJj");
        assertTrue(policy.contains("script-src 'self' 'nonce-YWJj';"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
    }

    @Test
    void aResponseWithoutNonceRunsOurScriptFilesOnly() {
        assertTrue(local().contentSecurityPolicy("/api/v1/releases", null).contains("script-src 'self';"));
    }

    @Test
    void noPluginsNoForeignBaseAndFormsPostHereOrToTheSignInServiceOnly() {
        String policy = local().contentSecurityPolicy("/index.xhtml", null);
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("object-src 'none';"), policy);
        assertTrue(policy.contains("base-uri 'self';"), policy);
        assertTrue(policy.contains("form-action 'self' http://localhost:8180;"), policy);
    }

    @Test
    void onlyTheApiReferenceMayFetchFromTheSignInService() {
        assertTrue(
                local().contentSecurityPolicy("/api/docs", null).contains("connect-src 'self' http://localhost:8180;"));
        assertTrue(local().contentSecurityPolicy("/app/home.xhtml", "YWJj").contains("connect-src 'self';"));
        assertTrue(local().contentSecurityPolicy("/api/v1/releases", null).contains("connect-src 'self';"));
        assertTrue(SecurityPolicy.of("http://localhost:8080", null, "none")
                .contentSecurityPolicy("/api/docs", null)
                .contains("connect-src 'self';"));
    }

    @Test
    void theSignInOriginIsSchemeHostAndPortOfTheProvider() {
        SecurityPolicy policy =
                SecurityPolicy.of("https://regindex.example.org", "https://Login.Example.org/realms/regindex", "none");
        assertEquals("https://login.example.org", policy.signInOrigin());
    }

    @Test
    void onlyTheEmbeddablePathsMayBeFramedByOtherSites() {
        SecurityPolicy policy = local();
        assertTrue(policy.contentSecurityPolicy("/explore/compare.xhtml", null).endsWith("frame-ancestors *"));
        assertTrue(policy.contentSecurityPolicy("/explore/region.xhtml", null).endsWith("frame-ancestors *"));
        assertTrue(policy.contentSecurityPolicy("/explore/release.xhtml", null).endsWith("frame-ancestors 'self'"));
        assertTrue(policy.contentSecurityPolicy("/app/home.xhtml", null).endsWith("frame-ancestors 'self'"));
        assertTrue(policy.contentSecurityPolicy("/explore/compare.xhtmlx", null).endsWith("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", policy.headers("/index.xhtml", null).get("X-Frame-Options"));
        assertFalse(policy.headers("/explore/compare.xhtml", null).containsKey("X-Frame-Options"));
    }

    @Test
    void aPathEndingInASlashCoversThePathsBelowIt() {
        SecurityPolicy policy = SecurityPolicy.of("http://localhost:8080", null, " /explore/ , /embed.xhtml");
        assertEquals(List.of("/explore/", "/embed.xhtml"), policy.embeddablePaths());
        assertTrue(policy.embeddable("/explore/release.xhtml"));
        assertTrue(policy.embeddable("/embed.xhtml"));
        assertFalse(policy.embeddable("/explorer.xhtml"));
        assertFalse(policy.embeddable("/app/home.xhtml"));
    }

    @Test
    void noneOrNothingLetsNoPageBeFramedByAnotherSite() {
        assertEquals(
                List.of(),
                SecurityPolicy.of("http://localhost:8080", null, "none").embeddablePaths());
        assertEquals(
                List.of(), SecurityPolicy.of("http://localhost:8080", null, "").embeddablePaths());
        assertThrows(
                IllegalArgumentException.class, () -> SecurityPolicy.of("http://localhost:8080", null, "explore/"));
    }

    @Test
    void everyResponseIsNotSniffedAndSendsOnlyTheOriginToOtherSites() {
        Map<String, String> headers = local().headers("/jakarta.faces.resource/css/regindex.css.xhtml", null);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void strictTransportSecurityOnlyBehindHttps() {
        assertFalse(local().headers("/", null).containsKey("Strict-Transport-Security"));
        Map<String, String> tls =
                SecurityPolicy.of("HTTPS://regindex.example.org/", null, "none").headers("/", null);
        assertEquals("max-age=31536000", tls.get("Strict-Transport-Security"));
        assertFalse(SecurityPolicy.behindTls(null));
        assertFalse(SecurityPolicy.behindTls("http://https.example.org"));
    }

    @Test
    void theNonceIsTakenFromPrimeFacesPolicyAndNothingElse() {
        assertEquals("ZDQ2YS0xMjM=", SecurityPolicy.nonceIn("script-src 'self' 'nonce-ZDQ2YS0xMjM=';"));
        assertNull(SecurityPolicy.nonceIn("script-src 'self';"));
        assertNull(SecurityPolicy.nonceIn(null));
        assertNull(SecurityPolicy.nonceIn("script-src 'nonce-a b; evil'"));
        assertNull(SecurityPolicy.nonceIn("script-src 'nonce-unterminated"));
    }
}
