package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;

/**
 * A coordinator credits a cycle's contributors and freezes a release under a chosen licence: both are
 * frozen with it and shown by the API; the checksums and the canonical content let anyone check the files.
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseCreditIT {

    private static final String CONTRIBUTORS = "[{\"givenName\":\"Ana\",\"familyName\":\"García López\","
            + "\"affiliation\":\"Universidad de Ejemplo\",\"orcid\":\"0000-0002-1825-0097\"},"
            + "{\"name\":\"Migration Policy Group\"}]";

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private String coordinator;

    @BeforeEach
    void oneApprovedRegion() throws java.io.IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
    }

    private String contributorsPath() {
        return "api/v1/cycles/" + round.cycle() + "/contributors";
    }

    @Test
    void theCreditAndLicenceChosenAtFreezeStayWithTheRelease() {
        Api.Reply saved = api.putJson(contributorsPath(), coordinator, CONTRIBUTORS);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(
                "Ana García López", saved.json().asJsonArray().getJsonObject(0).getString("name"));
        assertEquals(
                2, api.get(contributorsPath(), coordinator).json().asJsonArray().size());
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'CYCLE_CONTRIBUTORS_CHANGED' and subject = ?",
                        round.cycle()));

        String releases = "api/v1/cycles/" + round.cycle() + "/releases";
        Api.Reply refused = api.postJson(releases, coordinator, "{\"licence\":\"MIT\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().asJsonObject().getString("detail").startsWith("The licence is one of CC-BY-4.0"));
        assertEquals(0, TestDatabase.count("select count(*) from dataset_release where cycle_code = ?", round.cycle()));

        Api.Reply frozen = api.postJson(releases, coordinator, "{\"licence\":\"cc0-1.0\"}");
        assertEquals(201, frozen.status(), frozen.body());
        String version = frozen.json().asJsonObject().getString("version");
        api.postJson("api/v1/releases/" + version + "/publish", coordinator, "");

        assertEquals(200, api.putJson(contributorsPath(), coordinator, "[]").status());
        JsonObject release = api.get("api/v1/releases/" + version, null).json().asJsonObject();
        assertEquals("CC0-1.0", release.getString("licence"));
        assertEquals("https://creativecommons.org/publicdomain/zero/1.0/", release.getString("licenceUrl"));
        assertTrue(release.getString("landingPage").endsWith("/releases/" + version), release.getString("landingPage"));
        JsonObject credit = release.getJsonObject("credit");
        assertEquals("Regindex", credit.getString("publisher"));
        JsonArray contributors = credit.getJsonArray("contributors");
        assertEquals(
                List.of("Ana García López", "Migration Policy Group"),
                contributors.getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("name"))
                        .toList(),
                "the credit as it was at the freeze, not the cycle's list now");
        assertEquals("0000-0002-1825-0097", contributors.getJsonObject(0).getString("orcid"));
    }

    @Test
    void aRefusedListChangesNothingAndOnlyCoordinatorsCredit() {
        assertEquals(
                200, api.putJson(contributorsPath(), coordinator, CONTRIBUTORS).status());
        Api.Reply wrongOrcid = api.putJson(contributorsPath(), coordinator, "[{\"name\":\"X\",\"orcid\":\"1234\"}]");
        assertEquals(400, wrongOrcid.status(), wrongOrcid.body());
        Api.Reply twice = api.putJson(contributorsPath(), coordinator, "[{\"name\":\"X\"},{\"name\":\"X\"}]");
        assertEquals(400, twice.status(), twice.body());
        assertEquals(
                400,
                api.putJson(contributorsPath(), coordinator, "{\"name\":\"X\"}").status());
        assertEquals(
                403,
                api.putJson(contributorsPath(), Keycloak.accessToken("expert1"), "[]")
                        .status());
        assertEquals(401, api.putJson(contributorsPath(), null, "[]").status());
        assertEquals(
                403,
                api.get(contributorsPath(), Keycloak.accessToken("reviewer1")).status());
        assertEquals(
                2, api.get(contributorsPath(), coordinator).json().asJsonArray().size());
    }

    @Test
    void everyFileIsListedWithItsSha256AndTheDigestIsTheHashOfTheCanonicalContent() throws Exception {
        Api.Reply frozen = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}");
        String version = frozen.json().asJsonObject().getString("version");
        api.postJson("api/v1/releases/" + version + "/publish", coordinator, "");
        String files = "api/v1/releases/" + version + "/download/";
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        assertEquals(
                frozen.json().asJsonObject().getString("digest"),
                HexFormat.of().formatHex(sha256.digest(api.download(files + "canonical", null))));
        String[] lines = new String(api.download(files + "checksums", null), StandardCharsets.UTF_8).split("\n");
        assertTrue(lines.length >= 10, String.join("\n", lines));
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            String format = parts[1].substring(parts[1].lastIndexOf('-') + 1);
            assertTrue(parts[1].startsWith("regindex-" + round.cycle() + "-" + version + "-"), line);
            String name = switch (format) {
                case "answers.csv" -> "csv-long";
                case "scores.csv" -> "csv-wide";
                case "release.xlsx" -> "xlsx";
                case "release.json" -> "json";
                case "datapackage.zip" -> "datapackage";
                case "codebook.csv" -> "codebook";
                case "changelog.txt" -> "changelog";
                case "citation.txt" -> "citation";
                case "citation.bib" -> "bibtex";
                case "content.json" -> "canonical";
                default -> null;
            };
            if (name != null) {
                Api.Reply file = api.get(files + name, null);
                assertEquals(200, file.status(), name);
                assertEquals(
                        parts[0],
                        HexFormat.of().formatHex(sha256.digest(api.download(files + name, null))),
                        "the listed hash of " + name);
                assertEquals("\"" + parts[0] + "\"", file.header("ETag"), "the strong tag of " + name);
            }
        }
    }
}
