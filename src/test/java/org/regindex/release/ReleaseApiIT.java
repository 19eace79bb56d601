package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;

/** Freezing, publishing, withdrawing, correcting and comparing releases through the API, on the build's MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ReleaseApiIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private String coordinator;

    @BeforeEach
    void twoApprovedRegions() throws IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        round.approve(round.regionB(), "expert2", "reviewer2", "b");
    }

    private JsonObject freeze(String body) {
        Api.Reply frozen = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, body);
        assertEquals(201, frozen.status(), frozen.body());
        return frozen.json().asJsonObject();
    }

    private byte[] download(String version, String format) {
        return api.download("api/v1/releases/" + version + "/download/" + format, coordinator);
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void aFrozenReleaseIsADraftWhoseDigestAnyoneCanRecompute() throws Exception {
        JsonObject release = freeze("{\"title\":\"Test release\",\"notes\":\"First.\"}");
        assertEquals("DRAFT", release.getString("state"));
        assertTrue(release.getString("version").endsWith(".0"), release.getString("version"));
        String version = release.getString("version");

        JsonObject json = Json.createReader(new java.io.ByteArrayInputStream(download(version, "json")))
                .readObject();
        assertEquals(release.getString("digest"), json.getString("digest"));
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(canonical)) {
            writer.writeObject(json.getJsonObject("content"));
        }
        assertEquals(
                release.getString("digest"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toByteArray())),
                "the digest is the SHA-256 of the canonical content");
        assertEquals(
                2 * 72, json.getJsonObject("content").getJsonArray("answers").size());
        assertEquals(
                new String(download(version, "json"), StandardCharsets.UTF_8),
                new String(download(version, "json"), StandardCharsets.UTF_8),
                "re-exporting gives the same bytes");
        assertEquals(
                403,
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", Keycloak.accessToken("expert1"), "{}")
                        .status());
        assertEquals(404, api.get("api/v1/releases/" + version, null).status(), "a draft is not public");
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'RELEASE_FROZEN' and subject = ?", version));
    }

    @Test
    void everyScoreIsRecomputedFromTheLongCsvAndTheCodebookAlone() throws IOException {
        String version = freeze("{}").getString("version");
        Map<String, Map<String, String>> categoryOf = new HashMap<>();
        List<String> axes = new ArrayList<>();
        List<CSVRecord> codebook = csv(download(version, "codebook"));
        for (String column : codebook.get(0).toMap().keySet()) {
            if (column.endsWith("]")) {
                axes.add(column);
            }
        }
        for (CSVRecord indicator : codebook) {
            Map<String, String> categories = new HashMap<>();
            for (String axis : axes) {
                String cell = indicator.get(axis);
                categories.put(code(axis), code(cell));
            }
            categoryOf.put(indicator.get("indicator"), categories);
        }
        Map<String, Map<String, List<Integer>>> scores = new LinkedHashMap<>();
        for (CSVRecord answer : csv(download(version, "csv-long"))) {
            assertEquals(version, answer.get("release"));
            if (!answer.get("option_score").isEmpty()) {
                for (Map.Entry<String, String> category :
                        categoryOf.get(answer.get("indicator")).entrySet()) {
                    scores.computeIfAbsent(answer.get("region"), r -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    scoreColumn(category.getKey(), category.getValue()), c -> new ArrayList<>())
                            .add(Integer.parseInt(answer.get("option_score")));
                }
            }
        }
        String firstAxis = code(axes.get(0));
        int checked = 0;
        for (CSVRecord row : csv(download(version, "csv-wide"))) {
            Map<String, List<Integer>> region = scores.get(row.get("region"));
            List<BigDecimal> areaMeans = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> category : region.entrySet()) {
                BigDecimal mean = mean(
                        category.getValue().stream().map(BigDecimal::valueOf).toList());
                assertEquals(
                        mean.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        row.get(category.getKey()),
                        category.getKey());
                if (category.getKey().startsWith(scoreColumn(firstAxis, ""))) {
                    areaMeans.add(mean);
                }
                checked++;
            }
            assertEquals(mean(areaMeans).setScale(2, RoundingMode.HALF_UP).toPlainString(), row.get("overall"));
        }
        assertEquals(2 * 17, checked, "every category of both regions");
    }

    /** The wide table's column of a category: s_, the axis, _, the category, in lower case. */
    private static String scoreColumn(String axis, String category) {
        return ("s_" + axis + "_" + category).toLowerCase(Locale.ROOT);
    }

    private static String code(String labelled) {
        return labelled.substring(labelled.lastIndexOf('[') + 1, labelled.length() - 1);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
    }

    @Test
    void frozenContentCannotBeChangedEvenWithSql() throws SQLException {
        JsonObject release = freeze("{}");
        String version = release.getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            String id = "(select id from dataset_release where version = '" + version + "')";
            for (String statement : List.of(
                    "update rel_answer set score = 100 where release_id = " + id,
                    "delete from rel_answer where release_id = " + id,
                    "update rel_score set score = 99.99 where release_id = " + id,
                    "delete from rel_source where release_id = " + id,
                    "update rel_option set score = 0 where release_id = " + id,
                    "update dataset_release set digest = 'x' where version = '" + version + "'",
                    "update dataset_release set state = 'DRAFT' where version = '" + version + "'",
                    "delete from dataset_release where version = '" + version + "'")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("release"), refused.getMessage());
            }
        }
        assertEquals(
                release.getString("digest"),
                api.get("api/v1/releases/" + version, null)
                        .json()
                        .asJsonObject()
                        .getString("digest"));
    }

    @Test
    void aFreezeThatFailsMidwayLeavesNothing() throws SQLException {
        String before = TestDatabase.count("select count(*) from dataset_release") + "/"
                + TestDatabase.count("select count(*) from rel_answer");
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            sql.execute("create trigger fail_midway before insert on rel_score for each row begin"
                    + " if (select title from dataset_release where id = new.release_id) = 'fail midway' then"
                    + " signal sqlstate '45000' set message_text = 'failing on purpose'; end if; end");
            try {
                Api.Reply failed = api.postJson(
                        "api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{\"title\":\"fail midway\"}");
                assertEquals(500, failed.status(), failed.body());
            } finally {
                sql.execute("drop trigger fail_midway");
            }
        }
        assertEquals(
                before,
                TestDatabase.count("select count(*) from dataset_release") + "/"
                        + TestDatabase.count("select count(*) from rel_answer"));
        assertEquals(
                201,
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                        .status(),
                "and then it works");
    }

    @Test
    void reopeningAndEditingAfterAReleaseLeavesTheReleaseAsItWas() {
        String version = freeze("{}").getString("version");
        byte[] frozen = download(version, "json");
        String questionnaire = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        assertEquals(
                200,
                api.postJson(
                                questionnaire + "/transitions",
                                coordinator,
                                "{\"transition\":\"REOPEN\",\"reason\":\"typo\"}")
                        .status());
        JsonObject answer = api.get(questionnaire, Keycloak.accessToken("expert1"))
                .json()
                .asJsonObject()
                .getJsonArray("answers")
                .getJsonObject(0);
        Api.Reply edited = api.putJson(
                questionnaire + "/answers/" + answer.getString("indicator"),
                Keycloak.accessToken("expert1"),
                "{\"option\":\"b\",\"justification\":\"Changed after the release.\",\"sources\":[{\"citation\":\"New\"}],\"version\":"
                        + answer.getInt("version") + "}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals(
                new String(frozen, StandardCharsets.UTF_8),
                new String(download(version, "json"), StandardCharsets.UTF_8));
    }

    @Test
    void aCorrectionReleaseHasTheNextMinorAChangelogAndADiff() {
        String first = freeze("{\"title\":\"First\"}").getString("version");
        assertEquals(
                409,
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                        .status(),
                "one draft at a time");
        api.postJson("api/v1/releases/" + first + "/publish", coordinator, "");
        String questionnaire = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB();
        api.postJson(
                questionnaire + "/transitions",
                coordinator,
                "{\"transition\":\"REOPEN\",\"reason\":\"correct LAB-ACT-01\"}");
        JsonObject lab = api
                .get(questionnaire, Keycloak.accessToken("expert2"))
                .json()
                .asJsonObject()
                .getJsonArray("answers")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("indicator").equals("LAB-ACT-01"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                200,
                api.putJson(
                                questionnaire + "/answers/LAB-ACT-01",
                                Keycloak.accessToken("expert2"),
                                "{\"option\":\"a\",\"justification\":\"Corrected.\",\"sources\":[{\"citation\":\"Plan\"}],\"version\":"
                                        + lab.getInt("version") + "}")
                        .status());
        for (String[] step :
                new String[][] {{"expert2", "SUBMIT"}, {"reviewer2", "ACCEPT"}, {"coordinator", "APPROVE"}}) {
            assertEquals(
                    200,
                    api.postJson(
                                    questionnaire + "/transitions",
                                    Keycloak.accessToken(step[0]),
                                    "{\"transition\":\"" + step[1] + "\"}")
                            .status(),
                    step[1]);
        }
        JsonObject correction = freeze("{\"title\":\"Corrected\"}");
        String second = correction.getString("version");
        assertEquals(first.split("\\.")[0] + ".1", second);
        assertEquals(first, correction.getString("corrects"));
        String changelog = new String(download(second, "changelog"), StandardCharsets.UTF_8);
        assertTrue(changelog.startsWith("Release " + second + " corrects " + first + "."), changelog);
        assertTrue(
                changelog.contains("Answer " + round.regionB()
                        + " LAB-ACT-01: b (50), 1 source -> a (100), 1 source, justification revised"),
                changelog);

        JsonObject diff = api.get("api/v1/releases/" + second + "/diff/" + first, coordinator)
                .json()
                .asJsonObject();
        assertEquals(1, diff.getJsonArray("answers").size());
        assertFalse(diff.getJsonArray("scores").isEmpty());
        assertNotEquals(
                0,
                diff.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("axis").isEmpty())
                        .count(),
                "the overall score moved");
    }

    @Test
    void publishWithdrawAndDiscardFollowTheirRules() {
        String version = freeze("{}").getString("version");
        String expert = Keycloak.accessToken("expert1");
        assertEquals(
                403,
                api.postJson("api/v1/releases/" + version + "/publish", expert, "")
                        .status());
        assertEquals(
                409,
                api.postJson("api/v1/releases/" + version + "/withdraw", coordinator, "{\"reason\":\"x\"}")
                        .status(),
                "a draft is discarded, not withdrawn");
        assertEquals(
                "PUBLISHED",
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .json()
                        .asJsonObject()
                        .getString("state"));
        assertEquals(
                "PUBLISHED",
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .json()
                        .asJsonObject()
                        .getString("state"),
                "publishing twice is harmless");
        assertEquals(200, api.get("api/v1/releases/" + version, null).status(), "published is public");
        assertEquals(409, api.delete("api/v1/releases/" + version, coordinator).status(), "a published release stays");
        Api.Reply noReason = api.postJson("api/v1/releases/" + version + "/withdraw", coordinator, "{}");
        assertEquals(400, noReason.status());
        assertEquals(
                "WITHDRAWN",
                api.postJson(
                                "api/v1/releases/" + version + "/withdraw",
                                coordinator,
                                "{\"reason\":\"An error in the scores of one region.\"}")
                        .json()
                        .asJsonObject()
                        .getString("state"));
        Api.Reply gone = api.get("api/v1/releases/" + version + "/download/csv-long", null);
        assertEquals(410, gone.status());
        assertTrue(gone.json().asJsonObject().getString("detail").contains("An error in the scores of one region."));
        assertEquals(
                "An error in the scores of one region.",
                api.get("api/v1/releases/" + version, null)
                        .json()
                        .asJsonObject()
                        .getString("withdrawnReason"),
                "still listed, with its reason");
    }

    @Test
    void aDraftCanBeDiscardedWhole() {
        String version = freeze("{}").getString("version");
        assertEquals(204, api.delete("api/v1/releases/" + version, coordinator).status());
        assertEquals(0, TestDatabase.count("select count(*) from dataset_release where version = ?", version));
        assertEquals(
                201,
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                        .status());
    }

    @Test
    void theNextRoundShowsLastReleasesAnswersAndCopiesThemIn() {
        String version = freeze("{}").getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        String next = round.cycle() + "-next";
        assertEquals(
                201,
                api.postJson(
                                "api/v1/cycles",
                                coordinator,
                                "{\"code\":\"" + next + "\",\"name\":\"Next round\","
                                        + "\"codebook\":{\"code\":\"" + round.codebook()
                                        + "\",\"version\":1},\"deadline\":\"2028-06-30\",\"regions\":[\""
                                        + round.regionA() + "\"]}")
                        .status());
        assertEquals(
                201,
                api.postJson(
                                "api/v1/cycles/" + next + "/assignments",
                                coordinator,
                                "{\"region\":\"" + round.regionA() + "\",\"username\":\"expert1\",\"role\":\"expert\"}")
                        .status());
        String expert = Keycloak.accessToken("expert1");
        String questionnaire = "api/v1/cycles/" + next + "/questionnaires/" + round.regionA();

        JsonObject previous =
                api.get(questionnaire + "/previous", expert).json().asJsonObject();
        assertEquals(version, previous.getString("version"));
        JsonObject released = previous.getJsonObject("answers").getJsonObject("LAB-ACT-01");
        assertEquals("a", released.getString("optionCode"));

        assertEquals(
                1,
                api.postJson(questionnaire + "/previous/copy", expert, "{\"indicator\":\"LAB-ACT-01\"}")
                        .json()
                        .asJsonObject()
                        .getInt("copied"));
        JsonObject copied = api.get(questionnaire, expert)
                .json()
                .asJsonObject()
                .getJsonArray("answers")
                .getJsonObject(0);
        assertEquals("LAB-ACT-01", copied.getString("indicator"));
        assertEquals(
                released.getString("justification"),
                copied.getJsonObject("answer").getString("justification"));
        assertEquals(
                released.getJsonArray("sources").getJsonObject(0).getString("url"),
                copied.getJsonObject("answer")
                        .getJsonArray("sources")
                        .getJsonObject(0)
                        .getString("url"));
        assertEquals(
                71,
                api.postJson(questionnaire + "/previous/copy", expert, "{}")
                        .json()
                        .asJsonObject()
                        .getInt("copied"),
                "copy all fills the unanswered indicators only");
        assertEquals(
                0,
                api.get(questionnaire, expert)
                        .json()
                        .asJsonObject()
                        .getJsonArray("missing")
                        .size());
        assertEquals(
                404,
                api.get(
                                "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB() + "/previous",
                                Keycloak.accessToken("expert2"))
                        .status(),
                "a release of the same cycle is not last round");
    }
}
