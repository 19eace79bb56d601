package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.ReleaseExports;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.DatasetSearch;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * A release resolves at the address its citation gives ({@code PUBLIC_BASE_URL/releases/{version}}, here the test
 * server's), with a schema.org Dataset that Dataset Search would take, every file with its real SHA-256, and a Python
 * snippet that a stranger copies from the page and runs; latest redirects, drafts and unknown versions are not found,
 * a withdrawn release keeps a tombstone; the sitemap, robots.txt and the OpenAPI servers give the public address.
 */
@ExtendWith(ArquillianExtension.class)
class LandingPagesIT {

    private static final Pattern JSON_LD =
            Pattern.compile("<script[^>]* type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);
    private static final String REASON = "Withdrawn by LandingPagesIT: the scores of a region were wrong.";

    @ArquillianResource
    URL base;

    private Api api;

    /** Made once for the class and only read by the tests. */
    private static Rounds.Round round;

    private static String version;
    private static String withdrawn;
    private static String draft;

    @BeforeEach
    void aPublishedAWithdrawnAndADraftRelease() throws IOException {
        api = new Api(base);
        if (round == null) {
            String coordinator = Keycloak.accessToken("coordinator");
            Rounds.Round gone = new Rounds(api).create();
            gone.approve(gone.regionA(), "expert1", "reviewer1", "b");
            withdrawn = publish(gone, "Landing withdrawn");
            assertEquals(
                    200,
                    api.postJson(
                                    "api/v1/releases/" + withdrawn + "/withdraw",
                                    coordinator,
                                    "{\"reason\":\"" + REASON + "\"}")
                            .status());
            Rounds.Round secret = new Rounds(api).create();
            secret.approve(secret.regionA(), "expert1", "reviewer1", "a");
            draft = freeze(secret, "Landing draft");
            Rounds.Round made = new Rounds(api).create();
            made.approve(made.regionA(), "expert1", "reviewer1", "a");
            made.approve(made.regionB(), "expert2", "reviewer2", "b");
            version = publish(made, "Landing page test");
            round = made;
        }
    }

    private String freeze(Rounds.Round of, String title) {
        Api.Reply frozen = api.postJson(
                "api/v1/cycles/" + of.cycle() + "/releases",
                Keycloak.accessToken("coordinator"),
                "{\"title\":\"" + title + "\"}");
        assertEquals(201, frozen.status(), frozen.body());
        return frozen.json().asJsonObject().getString("version");
    }

    private String publish(Rounds.Round of, String title) {
        String frozen = freeze(of, title);
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + frozen + "/publish", Keycloak.accessToken("coordinator"), "")
                        .status());
        return frozen;
    }

    /** The public address as the server was configured with it: this test server's own. */
    private String site() {
        return TestEnvironment.onLocalhost(base);
    }

    private String landing(String of) {
        return site() + "releases/" + of;
    }

    /** Whether a page of the sitemap is one of this release's. */
    private boolean of(String url, String release) {
        return url.equals(landing(release))
                || url.contains("?release=" + release + "&")
                || url.endsWith("?release=" + release);
    }

    private static String jsonLd(String html) {
        Matcher found = JSON_LD.matcher(html);
        return found.find() ? found.group(1) : null;
    }

    @Test
    void theAddressInTheCitationIsTheReleasePage() {
        String citation = new String(
                api.download("api/v1/releases/" + version + "/download/citation", null), StandardCharsets.UTF_8);
        Matcher address = Pattern.compile("(http\\S+/releases/" + Pattern.quote(version) + ")\\. ")
                .matcher(citation);
        assertTrue(address.find(), citation);
        assertEquals(landing(version), address.group(1), "PUBLIC_BASE_URL is the test server's address");
        Api.Reply page = api.get(address.group(1), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Release " + version + ": Landing page test"), page.body());
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + landing(version) + "\""));
        assertTrue(page.body().contains(citation.strip()), "the page gives the same citation");
        Api.Reply old = api.get("explore/release.xhtml?version=" + version, null);
        assertEquals(200, old.status(), "the public page's own address still works");
        assertTrue(old.body().contains("<link rel=\"canonical\" href=\"" + landing(version) + "\""));
    }

    @Test
    void latestRedirectsToTheNewestPublishedReleaseAndNoDraftOrUnknownVersionHasAPage() {
        Api.Reply latest = api.get("releases/latest", null);
        assertEquals(302, latest.status());
        String newest =
                api.get("api/v1/releases/latest", null).json().asJsonObject().getString("version");
        assertTrue(latest.header("Location").endsWith("/releases/" + newest), latest.header("Location"));
        assertEquals("max-age=300", latest.header("Cache-Control"));
        for (String path : List.of(
                "releases/" + draft,
                "releases/9999.0",
                "releases/not-a-version",
                "releases/" + version + "/more",
                "releases/",
                "releases")) {
            Api.Reply reply = api.get(path, null);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.body().contains("Page not found"), path);
            assertFalse(reply.body().contains("Landing draft"), path);
        }
    }

    @Test
    void aWithdrawnReleaseKeepsATombstoneWithItsReasonDateAndCitationAndNoData() {
        Api.Reply page = api.get("releases/" + withdrawn, null);
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains(REASON), html);
        assertTrue(
                Pattern.compile("Release " + Pattern.quote(withdrawn) + " was withdrawn on [^<]*\\d{4}\\.")
                        .matcher(html)
                        .find(),
                "the date of withdrawal");
        String digest = api.get("api/v1/releases/" + withdrawn, null)
                .json()
                .asJsonObject()
                .getString("digest");
        assertTrue(
                html.contains("(Version " + withdrawn + ") [Data set]. " + landing(withdrawn) + ". SHA-256: " + digest),
                "the citation");
        assertFalse(html.contains("id=\"downloads\"") || html.contains("id=\"snippet-python\""), "no data");
        assertNull(jsonLd(html), "no Dataset for search engines");
        assertEquals(
                410,
                api.get("api/v1/releases/" + withdrawn + "/download/csv-wide", null)
                        .status());
    }

    @Test
    void theLandingPageHasADatasetThatDatasetSearchTakesWithEveryFileAndItsRealSha256() {
        String html = api.get("releases/" + version, null).body();
        String json = jsonLd(html);
        assertNotNull(json, () -> html.substring(0, Math.min(html.length(), 3000)));
        JsonObject dataset = DatasetSearch.dataset(json);
        assertEquals(List.of(), DatasetSearch.problems(dataset));
        assertEquals(landing(version), dataset.getString("@id"));
        assertEquals(version, DatasetSearch.text(dataset, "version"));
        assertEquals(
                List.of(round.regionA(), round.regionB()).stream().sorted().toList(),
                DatasetSearch.values(dataset, "spatialCoverage").stream()
                        .map(p -> DatasetSearch.text(p, "identifier"))
                        .sorted()
                        .toList());
        List<JsonObject> downloads = DatasetSearch.values(dataset, "distribution");
        assertEquals(ReleaseExports.Format.values().length, downloads.size());
        Map<String, String> listed = new String(
                        api.download("api/v1/releases/" + version + "/download/checksums", null),
                        StandardCharsets.UTF_8)
                .lines()
                .collect(Collectors.toMap(line -> line.substring(66), line -> line.substring(0, 64)));
        for (JsonObject download : downloads) {
            String url = DatasetSearch.iris(download, "contentUrl").get(0);
            assertTrue(url.startsWith(site() + "api/v1/releases/" + version + "/download/"), url);
            String sha256 = DatasetSearch.text(download, "sha256");
            assertEquals(CanonicalExport.sha256(api.download(url, null)), sha256, url);
            String name = DatasetSearch.text(download, "name");
            if (!name.endsWith("checksums.sha256")) {
                assertEquals(listed.get(name), sha256, name + " as checksums.sha256 lists it");
            }
        }
    }

    @Test
    void theHomeDescribesTheIndexAsADatasetWhosePartsAreThePublishedReleases() {
        String html = api.get("", null).body();
        String json = jsonLd(html);
        assertNotNull(json, () -> html.substring(0, Math.min(html.length(), 3000)));
        JsonObject index = DatasetSearch.dataset(json);
        assertEquals(List.of(), DatasetSearch.problems(index));
        assertEquals(site(), index.getString("@id"));
        List<String> parts = DatasetSearch.values(index, "hasPart").stream()
                .map(p -> p.getString("@id"))
                .toList();
        assertTrue(parts.contains(landing(version)), parts.toString());
        assertFalse(parts.contains(landing(withdrawn)) || parts.contains(landing(draft)), parts.toString());
    }

    @Test
    void theSitemapListsEveryPublicPageOfEveryPublishedReleaseAndRobotsNameIt() throws Exception {
        Api.Reply sitemap = api.get("sitemap.xml", null);
        assertEquals(200, sitemap.status());
        assertTrue(sitemap.header("Content-Type").startsWith("application/xml"), sitemap.header("Content-Type"));
        List<String> urls = SitemapAndRobotsTest.locs(sitemap.body().getBytes(StandardCharsets.UTF_8));
        assertTrue(urls.stream().allMatch(u -> u.startsWith(site())), "absolute, at the public address");
        String release = "?release=" + version;
        List<String> pages = List.of(
                landing(version),
                site() + "explore/compare.xhtml" + release,
                site() + "explore/compare.xhtml" + release + "&axis=policy_area",
                site() + "explore/side-by-side.xhtml" + release,
                site() + "explore/region.xhtml" + release + "&region=" + round.regionA(),
                site() + "explore/region.xhtml" + release + "&region=" + round.regionB(),
                site() + "explore/indicator.xhtml" + release + "&indicator=LAB-ACT-01");
        for (String page : pages) {
            assertTrue(urls.contains(page), page);
            assertEquals(200, api.get(page, null).status(), page);
        }
        assertEquals(
                1 + 1 + 4 + 1 + 2 + 72,
                urls.stream().filter(u -> of(u, version)).count());
        assertFalse(urls.stream().anyMatch(u -> of(u, withdrawn)), "a withdrawn release has no public pages");
        assertFalse(urls.stream().anyMatch(u -> of(u, draft)), "nor has a draft");

        Api.Reply robots = api.get("robots.txt", null);
        assertEquals(200, robots.status());
        assertTrue(robots.header("Content-Type").startsWith("text/plain"));
        assertTrue(robots.body().contains("\nSitemap: " + site() + "sitemap.xml\n"), robots.body());
        assertTrue(robots.body().contains("\nDisallow: /regindex/app/\n"), robots.body());
    }

    @Test
    void theOpenApiDocumentsServerIsThePublicAddress() {
        JsonObject document = api.get("/openapi", null).json().asJsonObject();
        List<String> servers = document.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("url"))
                .toList();
        assertEquals(List.of(site().replaceAll("/$", "")), servers);
        assertEquals(
                200,
                api.get(servers.get(0) + "/api/v1/releases/" + version, null).status(),
                "server plus path");
    }

    @Test
    void thePythonSnippetOnThePageLoadsTheReleaseAndChecksItsDigest() throws Exception {
        WebDriver browser = Browser.open();
        try {
            browser.get(landing(version));
            Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("snippet-python")));
            String code = browser.findElement(By.id("snippet-python")).getDomProperty("textContent");
            assertTrue(code.contains(site() + "api/v1/releases/" + version + "/download/canonical"), code);
            assertTrue(
                    browser.findElement(By.cssSelector("button[data-copy='snippet-python']"))
                            .isDisplayed(),
                    "the copy button is shown where the script runs");
            LoadSnippetsTest.Run run = LoadSnippetsTest.python(code);
            assertEquals(0, run.exit(), run.output());
            assertEquals("digest OK\n2 rows\n", run.output());
            List<String> shown = browser.findElements(By.cssSelector("#downloads .sha256")).stream()
                    .map(e -> e.getText().strip())
                    .toList();
            assertEquals(ReleaseExports.Format.values().length, shown.size());
            assertEquals(
                    CanonicalExport.sha256(api.download("api/v1/releases/" + version + "/download/csv-wide", null)),
                    browser.findElement(By.cssSelector("#downloads tr[data-format='csv-wide'] .sha256"))
                            .getText()
                            .strip());
            Browser.screenshot(browser, "LandingPagesIT-landing");
            assertEquals(List.of(), Browser.policyViolations(browser), "the JSON-LD block is not a refused script");

            browser.findElement(By.id("lang-es")).click();
            Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("lang=es"));
            assertTrue(browser.getCurrentUrl().startsWith(landing(version) + "?"), browser.getCurrentUrl());
            assertEquals(
                    "Cargarla en Python, R o Stata",
                    browser.findElement(By.id("load-heading")).getText());
            browser.findElement(By.id("lang-en")).click();
            Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("lang=en"));
        } finally {
            browser.quit();
        }
    }
}
