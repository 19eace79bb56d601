package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Nginx;
import org.regindex.testsupport.Rounds;

/**
 * The shipped nginx configuration ({@code deploy/nginx/regindex-proxy.conf}) in front of the server: public pages
 * and open data come from its cache, per language; anything with a session or a token passes through; a withdrawn
 * release leaves the cache by revalidation within {@code public.cache.shared.seconds} (10 s).
 */
@ExtendWith(ArquillianExtension.class)
class CachingProxyIT {

    private static final Duration SHARED = Duration.ofSeconds(10);

    @ArquillianResource
    URL base;

    private Api app;
    private Api proxied;
    private Nginx nginx;

    @BeforeEach
    void nginxInFront() {
        app = new Api(base);
        nginx = Nginx.inFrontOf(base);
        proxied = new Api(nginx.url());
    }

    @AfterEach
    void stopNginx() {
        nginx.close();
    }

    /** A release of a fresh round, region A approved, published. */
    private String published(String title) throws IOException {
        Rounds.Round round = new Rounds(app).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        return round.publish(title);
    }

    @Test
    void publicPagesComeFromTheCachePerLanguageAndSignedInRequestsPassThrough() throws IOException {
        String version = published("Through the proxy");
        String page = "explore/compare.xhtml?release=" + version;

        Api.Reply first = proxied.get(page, null, "Accept-Language", "de");
        assertEquals(200, first.status());
        assertEquals("MISS", first.header("X-Cache-Status"));
        Api.Reply second = proxied.get(page, null, "Accept-Language", "de");
        assertEquals("HIT", second.header("X-Cache-Status"));
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains("lang=\"de\""));

        Api.Reply french = proxied.get(page, null, "Accept-Language", "fr");
        assertEquals("MISS", french.header("X-Cache-Status"), "another language is another copy");
        assertTrue(french.body().contains("lang=\"fr\""));
        assertEquals("HIT", proxied.get(page, null, "Accept-Language", "fr").header("X-Cache-Status"));
        assertEquals(
                "MISS", proxied.get(page, null, "Cookie", "regindex-lang=es").header("X-Cache-Status"));
        Api.Reply chosen = proxied.get(page, null, "Cookie", "regindex-lang=es");
        assertEquals("HIT", chosen.header("X-Cache-Status"));
        assertTrue(chosen.body().contains("lang=\"es\""), "the visitor's choice");

        String data = "api/v1/releases/" + version + "/scores";
        proxied.get(data, null);
        assertEquals("HIT", proxied.get(data, null).header("X-Cache-Status"));

        Api.Reply withToken = proxied.get(page, Keycloak.accessToken("expert1"));
        assertEquals("BYPASS", withToken.header("X-Cache-Status"));
        assertEquals("private, no-store", withToken.header("Cache-Control"));
        Api.Reply withSession = proxied.get(page, null, "Cookie", "JSESSIONID=someone");
        assertEquals("BYPASS", withSession.header("X-Cache-Status"));
        Api.Reply signInPage = proxied.get("app/home.xhtml", null);
        assertTrue(
                !"HIT".equals(proxied.get("app/home.xhtml", null).header("X-Cache-Status")),
                "a signed-in page is never kept: " + signInPage.header("Cache-Control"));
    }

    @Test
    void aWithdrawnReleaseLeavesTheCacheWithinTheSharedLifetime() throws IOException, InterruptedException {
        String version = published("Withdrawn behind the proxy");
        String page = "releases/" + version + "?lang=en";
        String data = "api/v1/releases/" + version + "/scores";
        proxied.get(page, null);
        proxied.get(data, null);
        assertEquals("HIT", proxied.get(page, null).header("X-Cache-Status"));
        assertEquals("HIT", proxied.get(data, null).header("X-Cache-Status"));

        String reason = "Withdrawn while nginx kept it.";
        assertEquals(
                200,
                app.postJson(
                                "api/v1/releases/" + version + "/withdraw",
                                Keycloak.accessToken("coordinator"),
                                "{\"reason\":\"" + reason + "\"}")
                        .status());
        Instant withdrawn = Instant.now();

        Instant pageGone = null;
        Instant dataGone = null;
        Instant until = withdrawn.plus(SHARED.multipliedBy(3));
        Api.Reply lastPage = null;
        Api.Reply lastData = null;
        while ((pageGone == null || dataGone == null) && Instant.now().isBefore(until)) {
            lastPage = proxied.get(page, null);
            if (pageGone == null && lastPage.body().contains(reason)) {
                pageGone = Instant.now();
            }
            lastData = proxied.get(data, null);
            if (dataGone == null && lastData.status() == 410) {
                dataGone = Instant.now();
            }
            Thread.sleep(250);
        }
        assertTrue(
                pageGone != null && dataGone != null,
                "the cache still serves the withdrawn release: page " + lastPage.status() + " "
                        + lastPage.header("X-Cache-Status") + " gone " + pageGone + ", data " + lastData.status()
                        + " " + lastData.header("X-Cache-Status") + " gone " + dataGone);
        Duration allowed = SHARED.plusSeconds(3);
        assertTrue(
                Duration.between(withdrawn, pageGone).compareTo(allowed) <= 0,
                "page after " + Duration.between(withdrawn, pageGone));
        assertTrue(
                Duration.between(withdrawn, dataGone).compareTo(allowed) <= 0,
                "data after " + Duration.between(withdrawn, dataGone));
    }
}
