package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.platform.control.SecurityPolicy;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;

/**
 * The caching of public pages for visitors who have not signed in: rendered once per address and language, strong
 * tags and 304s, the lifetimes of a numbered release and of {@code latest}, the language headers a page varies by,
 * nothing shared for signed-in or credentialed requests, and a withdrawal that changes every tag at once.
 */
@ExtendWith(ArquillianExtension.class)
class PublicCachingIT {

    private static final String RELEASE_LIFETIME = "public, max-age=86400, s-maxage=10";
    private static final String LATEST_LIFETIME = "public, max-age=60, s-maxage=10";

    @ArquillianResource
    URL base;

    /** Published once for the class and only read by the tests (the withdrawal test publishes its own). */
    private static String version;

    private Api api;

    @BeforeEach
    void aPublishedRelease() throws IOException {
        api = new Api(base);
        if (version == null) {
            version = published("Cached pages");
        }
    }

    private String compare(String release) {
        return "explore/compare.xhtml?release=" + release;
    }

    /** A release of a fresh round, region A approved, published. */
    private String published(String title) throws IOException {
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        return round.publish(title);
    }

    @Test
    void aNumberedReleasesPageIsSentAlikeEveryTimeWithAStrongTagAndA304ForIt() {
        Api.Reply first = api.get(compare(version) + "&lang=en", null);
        assertEquals(200, first.status(), first.body());
        String tag = first.header("ETag");
        assertNotNull(tag);
        assertTrue(tag.matches("\"[0-9a-f]{40}\""), "a strong tag: " + tag);
        assertEquals(RELEASE_LIFETIME, first.header("Cache-Control"));
        assertNull(first.header("Vary"), "the address names the language");
        assertNull(first.header("Set-Cookie"));
        assertEquals("en", first.header("Content-Language"));

        String nonce = SecurityPolicy.nonceIn(first.header(SecurityPolicy.CSP));
        assertNotNull(nonce, first.header(SecurityPolicy.CSP));
        assertTrue(first.body().contains("nonce=\"" + nonce + "\""), "the policy's nonce is the page's");

        Api.Reply again = api.get(compare(version) + "&lang=en", null);
        assertEquals(first.body(), again.body(), "the same bytes, nonce included");
        assertEquals(tag, again.header("ETag"));
        assertEquals(first.header(SecurityPolicy.CSP), again.header(SecurityPolicy.CSP));

        Api.Reply unchanged = api.get(compare(version) + "&lang=en", null, "If-None-Match", tag);
        assertEquals(304, unchanged.status());
        assertEquals("", unchanged.body());
        assertEquals(tag, unchanged.header("ETag"));
        assertEquals(RELEASE_LIFETIME, unchanged.header("Cache-Control"));
        assertEquals(first.header(SecurityPolicy.CSP), unchanged.header(SecurityPolicy.CSP), "fits the kept body");

        assertEquals(
                200,
                api.get(compare(version) + "&lang=en", null, "If-None-Match", "\"other\"")
                        .status());
        Api.Reply head = api.send("HEAD", compare(version) + "&lang=en", null, null, new byte[0]);
        assertEquals(200, head.status());
        assertEquals(tag, head.header("ETag"));
        assertEquals("", head.body());
    }

    @Test
    void aPageWhoseLanguageComesFromTheBrowserOrTheCookieVariesByThemAndIsTaggedPerLanguage() {
        Api.Reply german = api.get(compare(version), null, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        assertEquals(200, german.status());
        assertEquals("Accept-Language, Cookie", german.header("Vary"));
        assertEquals("de", german.header("Content-Language"));
        assertTrue(german.body().contains("lang=\"de\""), "a German page");
        assertEquals(RELEASE_LIFETIME, german.header("Cache-Control"));

        Api.Reply spanish = api.get(
                compare(version),
                null,
                "Accept-Language",
                "de",
                "Cookie",
                "regindex-lang=es",
                "If-None-Match",
                german.header("ETag"));
        assertEquals(200, spanish.status(), "the visitor's choice wins over the browser, and it is another page");
        assertEquals("es", spanish.header("Content-Language"));
        assertTrue(spanish.body().contains("lang=\"es\""));
        assertNotEquals(german.header("ETag"), spanish.header("ETag"));

        Api.Reply english = api.get(compare(version) + "&lang=en", null);
        assertNotEquals(german.header("ETag"), english.header("ETag"));
    }

    @Test
    void theHomeAndThePagesOfLatestAreKeptBriefly() {
        Api.Reply home = api.get("", null);
        assertEquals(200, home.status());
        assertEquals(LATEST_LIFETIME, home.header("Cache-Control"));
        assertNotNull(home.header("ETag"));
        Api.Reply latest = api.get("explore/compare.xhtml", null);
        assertEquals(200, latest.status());
        assertEquals(LATEST_LIFETIME, latest.header("Cache-Control"));
        assertEquals(
                304, api.get("", null, "If-None-Match", home.header("ETag")).status());
    }

    @Test
    void nothingIsSharedOfARequestWithCredentialsOfASignedInPageOrOfAPageNotFound() {
        Api.Reply withToken = api.get(compare(version), Keycloak.accessToken("expert1"));
        assertEquals(200, withToken.status());
        assertEquals("private, no-store", withToken.header("Cache-Control"));
        assertNull(withToken.header("ETag"));

        Api.Reply signIn = api.get("app/home.xhtml", null);
        assertEquals(302, signIn.status(), "to sign-in");
        assertEquals("private, no-store", signIn.header("Cache-Control"), "the redirect is this visitor's");

        Api.Reply unknown = api.get(compare("999.9"), null);
        assertEquals(404, unknown.status());
        assertNull(unknown.header("ETag"));
        assertTrue(
                unknown.header("Cache-Control") == null
                        || !unknown.header("Cache-Control").contains("public"),
                unknown.header("Cache-Control"));
    }

    @Test
    void aWithdrawalChangesTheTagsOfItsPagesAndItsDataAtOnce() throws IOException {
        String gone = published("Cached, then withdrawn");
        Api.Reply before = api.get(compare(gone) + "&lang=en", null);
        assertEquals(200, before.status());
        Api.Reply data = api.get("api/v1/releases/" + gone + "/scores", null);
        assertEquals(200, data.status());
        assertTrue(data.header("Cache-Control").contains("s-maxage=10"), data.header("Cache-Control"));

        String reason = "Withdrawn while its pages were kept.";
        assertEquals(
                200,
                api.postJson(
                                "api/v1/releases/" + gone + "/withdraw",
                                Keycloak.accessToken("coordinator"),
                                "{\"reason\":\"" + reason + "\"}")
                        .status());

        Api.Reply after = api.get(compare(gone) + "&lang=en", null, "If-None-Match", before.header("ETag"));
        assertEquals(200, after.status(), "not a 304 for the page as it was");
        assertTrue(after.body().contains(reason), "the tombstone with its reason");
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        Api.Reply dataAfter =
                api.get("api/v1/releases/" + gone + "/scores", null, "If-None-Match", data.header("ETag"));
        assertEquals(410, dataAfter.status(), "the data is gone, not unchanged");
    }
}
