package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.ContractCheck;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/** Every endpoint of the open-data API without a token: content, caching, 304, CORS, and no draft anywhere. */
@ExtendWith(ArquillianExtension.class)
class OpenDataApiIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String coordinator;

    /** Read by every test and changed by none, so made once for the class (the withdrawal test makes its own). */
    private static Rounds.Round round;

    private static JsonObject published;
    private static String draft;

    @BeforeEach
    void aPublishedReleaseAndADraft() throws IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        if (published == null) {
            round = new Rounds(api).create();
            published = publishedRelease(round);
            Rounds.Round other = new Rounds(api).create();
            other.approve(other.regionA(), "expert1", "reviewer1", "b");
            draft = api.postJson(
                            "api/v1/cycles/" + other.cycle() + "/releases", coordinator, "{\"title\":\"Secret draft\"}")
                    .json()
                    .asJsonObject()
                    .getString("version");
        }
    }

    private JsonObject publishedRelease(Rounds.Round of) {
        of.approve(of.regionA(), "expert1", "reviewer1", "a");
        of.approve(of.regionB(), "expert2", "reviewer2", "b");
        String version = api.postJson(
                        "api/v1/cycles/" + of.cycle() + "/releases", coordinator, "{\"title\":\"Open data test\"}")
                .json()
                .asJsonObject()
                .getString("version");
        return api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                .json()
                .asJsonObject();
    }

    /** A release of region A alone, published; its version. */
    private String publishedWithRegionA(Rounds.Round of) {
        of.approve(of.regionA(), "expert1", "reviewer1", "a");
        String version = api.postJson(
                        "api/v1/cycles/" + of.cycle() + "/releases", coordinator, "{\"title\":\"Latest test\"}")
                .json()
                .asJsonObject()
                .getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        return version;
    }

    private String version() {
        return published.getString("version");
    }

    private String release(String rest) {
        return "api/v1/releases/" + version() + rest;
    }

    @Test
    void theListShowsPublishedReleasesAndNoDraft() {
        List<JsonValue> list = api.getAll("api/v1/releases", null);
        List<String> versions =
                list.stream().map(r -> r.asJsonObject().getString("version")).toList();
        assertTrue(versions.contains(version()));
        assertFalse(versions.contains(draft));
        assertFalse(list.toString().contains("Secret draft"));
        assertTrue(
                api.getAll("api/v1/releases", coordinator).toString().contains("Secret draft"),
                "coordinators see their drafts");
    }

    @Test
    void aDraftAnswers404EverywhereWithoutACoordinatorToken() {
        for (String path : List.of(
                "",
                "/scores",
                "/scores?axis=policy_area",
                "/regions/" + round.regionA(),
                "/indicators/LAB-ACT-01",
                "/download/csv-long",
                "/download/json",
                "/diff/" + version())) {
            Api.Reply reply = api.get("api/v1/releases/" + draft + path, null);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), path);
            assertFalse(reply.body().contains("Secret draft"), path);
        }
        assertEquals(404, api.get("api/v1/releases/9999.0", null).status());
        assertEquals(404, api.get("api/v1/releases/not-a-version/scores", null).status());
    }

    @ParameterizedTest
    @CsvSource({"overall, 0", "policy_area, 8", "governance_system, 3", "governance_process, 4", "target_population, 2"
    })
    void scoresOnEveryAxis(String axis, int categories) {
        Api.Reply reply = api.get(release("/scores?axis=" + axis), null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject table = reply.json().asJsonObject();
        assertEquals(
                categories,
                table.getJsonObject("axis").getJsonArray("categories").size());
        assertEquals(2, table.getJsonArray("regions").size());
        JsonObject first = table.getJsonArray("regions").getJsonObject(0);
        assertEquals(categories, first.getJsonObject("scores").size());
        assertEquals(72, first.getInt("answered"));
        assertEquals(400, api.get(release("/scores?axis=colour"), null).status());
    }

    @Test
    void everyOptionAIsWorth100SoRegionAIsFirst() {
        JsonObject table =
                api.get(release("/scores?axis=policy_area"), null).json().asJsonObject();
        JsonObject first = table.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("region").equals(round.regionA()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "100.00",
                first.getJsonNumber("overall").bigDecimalValue().setScale(2).toPlainString());
        assertEquals(1, first.getInt("rank"));
    }

    @Test
    void aRegionProfileHasScoresOnEveryAxisAndEveryAnswerWithItsSources() {
        JsonObject profile =
                api.get(release("/regions/" + round.regionA()), null).json().asJsonObject();
        assertEquals(round.regionA(), profile.getJsonObject("region").getString("code"));
        assertEquals(17, profile.getJsonArray("scores").size());
        assertEquals(72, profile.getJsonArray("answers").size());
        JsonObject answer = profile.getJsonArray("answers").getJsonObject(0);
        assertEquals(
                "https://example.org",
                answer.getJsonArray("sources").getJsonObject(0).getString("url"));
        assertTrue(
                !profile.containsKey("previousVersion") || profile.isNull("previousVersion"),
                "first release of this region");
        assertEquals(404, api.get(release("/regions/XX000"), null).status());
    }

    @Test
    void anIndicatorAcrossRegions() {
        JsonObject indicator =
                api.get(release("/indicators/LAB-ACT-01"), null).json().asJsonObject();
        assertEquals("LAB-ACT-01", indicator.getJsonObject("indicator").getString("code"));
        assertEquals(
                List.of("a", "b"),
                indicator.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonObject("answer").getString("option"))
                        .sorted()
                        .toList());
        assertEquals(404, api.get(release("/indicators/NOPE"), null).status());
    }

    @Test
    void latestIsTheNewestPublishedAndCachedBriefly() throws IOException {
        String older = publishedWithRegionA(new Rounds(api).create());
        assertEquals(
                older,
                api.get("api/v1/releases/latest", null).json().asJsonObject().getString("version"));
        String newer = publishedWithRegionA(new Rounds(api).create());
        assertNotEquals(older, newer);
        assertEquals(
                newer,
                api.get("api/v1/releases/latest", null).json().asJsonObject().getString("version"),
                "the release published last is latest, though " + older + " was read as latest just before");
        Api.Reply latest = api.get("api/v1/releases/latest/scores", null);
        assertEquals(200, latest.status());
        assertEquals(
                api.get("api/v1/releases/" + newer + "/scores", null).body(),
                latest.body(),
                "latest serves the newer one's data");
        assertEquals("max-age=300, s-maxage=10", latest.header("Cache-Control"));
        Api.Reply pinned = api.get(release("/scores"), null);
        assertTrue(pinned.header("Cache-Control").contains("max-age=31536000"), pinned.header("Cache-Control"));
        assertTrue(pinned.header("Cache-Control").contains("immutable"), pinned.header("Cache-Control"));
    }

    @Test
    void aStrongETagFromTheDigestOrTheFilesHashAnswers304() throws Exception {
        for (String path : List.of(
                "/scores?axis=policy_area",
                "/regions/" + round.regionA(),
                "/indicators/LAB-ACT-01",
                "/download/csv-wide")) {
            Api.Reply first = api.get(release(path), null);
            String tag = first.header("ETag");
            String expected = path.startsWith("/download/")
                    ? HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(api.download(release(path), null)))
                    : published.getString("digest");
            assertTrue(tag.startsWith("\"" + expected), path + " " + tag);
            Api.Reply again = api.get(release(path), null, "If-None-Match", tag);
            assertEquals(304, again.status(), path);
            assertEquals("", again.body());
        }
    }

    @Test
    void aFilesStrongETagIsTheHashOfItsBytesWhichEveryRequestGetsAgain() throws NoSuchAlgorithmException {
        for (String format : List.of("csv-long", "xlsx", "datapackage")) {
            String path = release("/download/" + format);
            byte[] first = api.download(path, null);
            assertArrayEquals(first, api.download(path, null), format + " is the same bytes every time");
            String tag = api.get(path, null).header("ETag");
            assertEquals(
                    "\""
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(first)) + "\"",
                    tag,
                    format);
            assertEquals(304, api.get(path, null, "If-None-Match", tag).status(), format);
        }
    }

    @Test
    void readsAreOpenToEveryOrigin() {
        Api.Reply reply = api.get(release("/scores"), null, "Origin", "https://journalist.example");
        assertEquals("*", reply.header("Access-Control-Allow-Origin"));
        assertTrue(reply.header("Access-Control-Expose-Headers").contains("ETag"));
        Api.Reply preflight = api.options(
                release("/scores"),
                "Origin",
                "https://journalist.example",
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "If-None-Match");
        assertEquals("*", preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Headers").contains("If-None-Match"));
        assertNull(
                api.postJson(release("/publish"), null, "").header("Access-Control-Allow-Origin"),
                "writes are not open");
    }

    @ParameterizedTest
    @CsvSource({
        "csv-long, text/csv",
        "csv-wide, text/csv",
        "xlsx, application/vnd.openxmlformats",
        "json, application/json",
        "datapackage, application/zip",
        "codebook, text/csv",
        "changelog, text/plain",
        "citation, text/plain",
        "bibtex, application/x-bibtex",
        "datacite, application/xml"
    })
    void everyDownloadNamesItsVersionAndDigest(String format, String type) {
        Api.Reply file = api.get(release("/download/" + format), null);
        assertEquals(200, file.status(), format);
        assertTrue(file.header("Content-Type").startsWith(type), file.header("Content-Type"));
        assertEquals(published.getString("digest"), file.header("X-Release-Digest"));
        assertTrue(file.header("Content-Disposition").contains(version()), file.header("Content-Disposition"));
    }

    @Test
    void aWithdrawnReleaseIsListedWithItsReasonAndOffersNoData() throws IOException {
        String withdrawn =
                "api/v1/releases/" + publishedRelease(new Rounds(api).create()).getString("version");
        assertEquals(200, api.get(withdrawn + "/scores", null).status());
        api.postJson(withdrawn + "/withdraw", coordinator, "{\"reason\":\"A region's scores were wrong.\"}");
        JsonObject listed = api.get(withdrawn, null).json().asJsonObject();
        assertEquals("WITHDRAWN", listed.getString("state"));
        assertEquals("A region's scores were wrong.", listed.getString("withdrawnReason"));
        Api.Reply data = api.get(withdrawn + "/scores", null);
        assertEquals(410, data.status(), "gone, and not served from the cache of the time it was published");
        assertTrue(data.json().asJsonObject().getString("detail").contains("A region's scores were wrong."));
    }

    /**
     * The served document is the hand-written one with this installation's addresses: valid for swagger-parser as YAML
     * and as JSON, the public address as its server, and the realm's discovery document for openIdConnect, with the
     * optional security of open data (Payara's reader keeps it; it drops the file's x- members).
     */
    @Test
    void theOpenApiDocumentIsServedValidAsYamlAndJson() throws IOException, InterruptedException {
        HttpResponse<String> yaml = withoutAccept("/openapi");
        assertEquals(200, yaml.statusCode());
        String yamlType = yaml.headers().firstValue("Content-Type").orElse("");
        assertTrue(yamlType.startsWith("text/plain"), "Payara's type for YAML: " + yamlType);
        Api.Reply askedYaml = api.get("/openapi?format=yaml", null);
        assertTrue(askedYaml.header("Content-Type").startsWith("text/plain"), askedYaml.header("Content-Type"));
        assertEquals(yaml.body(), askedYaml.body());
        Api.Reply json = api.get("/openapi", null, "Accept", "application/json");
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").startsWith("application/json"), json.header("Content-Type"));
        Api.Reply asked = api.get("/openapi?format=JSON", null);
        assertTrue(asked.header("Content-Type").startsWith("application/json"), asked.header("Content-Type"));
        String publicBase = TestEnvironment.onLocalhost(base).replaceAll("/+$", "");
        for (String served : List.of(yaml.body(), json.body())) {
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, new ParseOptions());
            assertEquals(List.of(), parsed.getMessages(), served.substring(0, 200));
            OpenAPI document = parsed.getOpenAPI();
            assertEquals(publicBase, document.getServers().get(0).getUrl().replaceAll("/+$", ""));
            assertEquals(
                    TestEnvironment.realmUrl() + "/.well-known/openid-configuration",
                    document.getComponents()
                            .getSecuritySchemes()
                            .get("openIdConnect")
                            .getOpenIdConnectUrl());
            assertEquals(
                    resourceMethodsInTheCode(),
                    document.getPaths().values().stream()
                            .mapToLong(item -> item.readOperations().size())
                            .sum());
            Operation scores =
                    document.getPaths().get("/api/v1/releases/{version}/scores").getGet();
            assertEquals("getReleaseScores", scores.getOperationId());
            assertTrue(scores.getSecurity().stream().anyMatch(Map::isEmpty), "open data: no token needed");
            Schema<?> frozenAt = (Schema<?>) document.getComponents()
                    .getSchemas()
                    .get("Release")
                    .getProperties()
                    .get("frozenAt");
            assertEquals("date-time", frozenAt.getFormat());
            assertTrue(document.getComponents()
                    .getSchemas()
                    .get("Problem")
                    .getDescription()
                    .contains("UnknownRelease"));
            // Payara's reader drops the file's x- members (x-roles, x-java-type ...); the unit tests read the file.
            assertNull(document.getPaths()
                    .get("/api/v1/releases/{version}/publish")
                    .getPost()
                    .getExtensions());
        }
    }

    /** A GET with no Accept header at all (the test client always sends one), as a plain download tool sends it. */
    private HttpResponse<String> withoutAccept(String path) throws IOException, InterruptedException {
        URI address = URI.create(TestEnvironment.onLocalhost(base)).resolve(path);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(response);
        return response;
    }

    /** The reference page runs Swagger UI under the site's Content-Security-Policy and shows the operations. */
    @Test
    void theApiReferencePageShowsTheDocument() {
        Api.Reply page = api.get("api/docs", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("swagger-ui-bundle.js"), page.body());
        assertFalse(page.body().contains("<script>"), "no inline script");
        assertEquals(
                200,
                api.get("webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", null).status());
        assertEquals(200, api.get("resources/js/api-docs.js", null).status());
        WebDriver browser = Browser.open();
        try {
            browser.get(TestEnvironment.onLocalhost(base) + "api/docs?lang=es");
            Browser.waitUpTo(browser, 30)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Releases-getReleaseScores")));
            assertEquals("Referencia de la API de Regindex", browser.getTitle());
            assertTrue(browser.findElement(By.id("swagger-ui")).getText().contains("Release management"));
            assertEquals(List.of(), Browser.policyViolations(browser), "Swagger UI runs under the site's policy");
        } finally {
            browser.quit();
        }
    }

    /** The JSON answers write each score as the CSV and the canonical content do: two decimals, 75.00 too. */
    @Test
    void scoresAreWrittenWithTwoDecimalsAsInTheCsv() throws IOException {
        String text = new String(api.download(release("/download/csv-wide"), null), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        JsonObject table =
                api.get(release("/scores?axis=policy_area"), null).json().asJsonObject();
        int checked = 0;
        for (CSVRecord row : rows) {
            JsonObject json = table.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("region").equals(row.get("region")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(row.get("overall"), json.getJsonNumber("overall").toString(), "the number as sent");
            for (String category : json.getJsonObject("scores").keySet()) {
                String sent =
                        json.getJsonObject("scores").getJsonNumber(category).toString();
                assertTrue(sent.matches("\\d{1,3}\\.\\d{2}"), sent);
                assertEquals(row.get("s_policy_area_" + category.toLowerCase(java.util.Locale.ROOT)), sent, category);
                checked++;
            }
            JsonObject profile = api.get(release("/regions/" + row.get("region")), null)
                    .json()
                    .asJsonObject();
            assertEquals(row.get("overall"), profile.getJsonNumber("overall").toString());
        }
        assertEquals(2 * 8, checked);
        assertTrue(
                rows.stream().anyMatch(r -> r.get("overall").equals("100.00")),
                "region A (every option worth 100) has the trailing zeros: " + text);
    }

    /** Every JAX-RS resource method of the application, so that the document is checked to describe all of them. */
    private static long resourceMethodsInTheCode() {
        long methods = 0;
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regindex")) {
            Class<?> type = javaClass.reflect();
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                methods += java.util.Arrays.stream(method.getAnnotations())
                        .filter(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class))
                        .count();
            }
        }
        return methods;
    }
}
