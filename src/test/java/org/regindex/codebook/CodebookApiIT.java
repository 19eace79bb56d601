package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.TestDatabase;

/** Codebook import and export through the API, against the build's MariaDB: all or nothing, and exact. */
@ExtendWith(ArquillianExtension.class)
class CodebookApiIT {

    static final String HEADER = "indicator,question,guidance,not_applicable,Policy area [policy_area],"
            + "option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score";
    static final String GOOD_ROW = "LAB-ACT-01,Is there a plan?,,no,Labour market [LAB],a,Yes,100,b,No,0";

    @ArquillianResource
    URL base;

    private Api api;
    private String coordinator;

    @BeforeEach
    void connect() {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    static byte[] referenceCodebook() throws IOException {
        return Files.readAllBytes(Path.of("src/main/resources/reference/reference-codebook.csv"));
    }

    private Api.Reply importFile(String code, byte[] file) {
        return api.postBytes(
                "api/v1/codebooks/" + code + "/imports?title=Test%20codebook&fileName=codebook.csv", coordinator, file);
    }

    @Test
    void theReferenceCodebookImportsAsVersionOneAndReadsBackWhole() throws IOException {
        String code = uniqueCode("ref");
        long started = System.nanoTime();
        Api.Reply imported = importFile(code, referenceCodebook());
        System.out.printf(
                "Import of the reference codebook (72 indicators): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(201, imported.status(), imported.body());
        assertTrue(imported.header("Location").endsWith("/api/v1/codebooks/" + code + "/versions/1"));
        assertEquals(72, imported.json().asJsonObject().getInt("indicators"));

        JsonObject detail =
                api.get("api/v1/codebooks/" + code, coordinator).json().asJsonObject();
        assertEquals(1, detail.getInt("version"));
        assertEquals(72, detail.getJsonArray("indicators").size());
        assertEquals(
                List.of(8, 3, 4, 2),
                detail.getJsonArray("axes").getValuesAs(JsonObject.class).stream()
                        .map(axis -> axis.getJsonArray("categories").size())
                        .toList());
        JsonObject first = detail.getJsonArray("indicators").getJsonObject(0);
        assertEquals("ADI", first.getJsonObject("categories").getString("policy_area"));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'CODEBOOK_IMPORTED' and subject = ?",
                        code + " v1"));
    }

    @ParameterizedTest
    @CsvSource({"csv", "xlsx"})
    void anExportImportedAgainGivesTheSameCodebook(String format) throws IOException {
        String code = uniqueCode("trip");
        assertEquals(201, importFile(code, referenceCodebook()).status());
        byte[] exported = api.download("api/v1/codebooks/" + code + "/versions/1/export?format=" + format, coordinator);
        Api.Reply again = importFile(code, exported);
        assertEquals(201, again.status(), again.body());
        assertEquals(2, again.json().asJsonObject().getInt("version"));

        JsonObject original = api.get("api/v1/codebooks/" + code + "/versions/1", coordinator)
                .json()
                .asJsonObject();
        JsonObject roundTrip = api.get("api/v1/codebooks/" + code + "/versions/2", coordinator)
                .json()
                .asJsonObject();
        assertEquals(original.get("axes"), roundTrip.get("axes"));
        assertEquals(original.get("indicators"), roundTrip.get("indicators"));
    }

    @Test
    void aCodebookOfThreeHundredIndicatorsImports() {
        StringBuilder csv = new StringBuilder(
                "indicator,question,guidance,not_applicable,Policy area [policy_area],"
                        + "Governance system [governance_system],option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,"
                        + "option_2_score,option_3_code,option_3_label,option_3_score,option_4_code,option_4_label,option_4_score\n");
        for (int i = 1; i <= 300; i++) {
            csv.append(String.format(
                    "IND-%03d,Question %d about the regional policy?,Guidance %d,%s,Area %d [A%d],System %d [S%d],"
                            + "a,Best,100,b,Good,67,c,Weak,33,d,None,0%n",
                    i, i, i, i % 7 == 0 ? "yes" : "no", i % 8, i % 8, i % 3, i % 3));
        }
        long started = System.nanoTime();
        Api.Reply imported = importFile(uniqueCode("big"), csv.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("Import of a 300-indicator codebook: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(300, imported.json().asJsonObject().getInt("indicators"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "wrong header      | indicator,questoin,guidance,not_applicable,Policy area [policy_area],option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score\\n | 1 | B | Unknown column \"questoin\"",
                "bad category      | HEADER\\nLAB-ACT-01,Q?,,no,Labour market,a,Yes,100,b,No,0\\n | 2 | E (Policy area [policy_area]) | is not a category written as",
                "duplicate code    | HEADER\\nGOOD\\nGOOD\\n | 3 | A (indicator) | The indicator code LAB-ACT-01 is used twice (also on row 2).",
                "score over 100    | HEADER\\nLAB-ACT-01,Q?,,no,Labour market [LAB],a,Yes,101,b,No,0\\n | 2 | H (option_1_score) | The score 101 is out of range",
                "score not number  | HEADER\\nLAB-ACT-01,Q?,,no,Labour market [LAB],a,Yes,high,b,No,0\\n | 2 | H (option_1_score) | The score \"high\" is not a whole number",
                "no options        | HEADER\\nLAB-ACT-01,Q?,,no,Labour market [LAB],,,,,,\\n | 2 | F (option_1_code) | The indicator has 0 answer options; it needs at least two.",
                "empty file        | '' | 0 | '' | The file is empty."
            })
    void aBadFileStoresNothingAndNamesEveryProblem(
            String name, String content, int row, String column, String message) {
        String before = TestDatabase.codebookRowCounts();
        String csv = content.replace("HEADER", HEADER).replace("GOOD", GOOD_ROW).replace("\\n", "\n");
        Api.Reply refused = importFile(uniqueCode("bad"), csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        JsonObject problem = refused.json().asJsonObject();
        assertEquals("urn:regindex:problem:InvalidImport", problem.getString("type"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals(row, error.getInt("row"));
        assertEquals(column, error.getString("column"));
        assertTrue(error.getString("message").contains(message), error.getString("message"));
        assertEquals(before, TestDatabase.codebookRowCounts());
    }

    @Test
    void filesThatAreNoUtf8TextOrNoSpreadsheetOrTooLargeAreRefusedWhole() {
        String before = TestDatabase.codebookRowCounts();
        byte[] latin1 = (HEADER
                        + "\nLAB-ACT-01,Gibt es einen Plan für Württemberg?,,no,Labour market [LAB],a,Ja,100,b,Nein,0\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(errorMessage(importFile(uniqueCode("enc"), latin1)).startsWith("The text is not UTF-8."));
        assertEquals(
                "The file is neither a CSV file nor an Excel workbook (.xlsx).",
                errorMessage(importFile(uniqueCode("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0})));
        assertEquals(
                "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file.",
                errorMessage(importFile(uniqueCode("zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0})));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        assertEquals(
                "The file is larger than 10 MB, the most this server accepts.",
                errorMessage(importFile(uniqueCode("big"), huge)));
        assertEquals(before, TestDatabase.codebookRowCounts());
    }

    private static String errorMessage(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        return reply.json()
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("message");
    }

    @Test
    void aCodebookThatACycleUsesCannotChangeNotEvenInTheDatabase() throws IOException, SQLException {
        String code = uniqueCode("used");
        assertEquals(201, importFile(code, referenceCodebook()).status());
        String region = "SE"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase();
        api.postJson(
                "api/v1/regions",
                coordinator,
                "{\"code\":\"" + region + "\",\"name\":\"Test region\",\"country\":\"SE\"}");
        String cycle = uniqueCode("cycle");
        Api.Reply created = api.postJson(
                "api/v1/cycles",
                coordinator,
                "{\"code\":\"" + cycle + "\",\"name\":\"Round\",\"codebook\":{\"code\":\"" + code
                        + "\",\"version\":1},\"deadline\":\"2027-01-31\",\"regions\":[\"" + region + "\"]}");
        assertEquals(201, created.status(), created.body());

        Api.Reply delete = api.delete("api/v1/codebooks/" + code + "/versions/1", coordinator);
        assertEquals(409, delete.status());
        assertEquals(
                "The codebook " + code + " v1 is used by cycle " + cycle
                        + " and cannot change; copy it to a new version instead.",
                delete.json().asJsonObject().getString("detail"));

        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate(
                            "update indicator i join codebook c on c.id = i.codebook_id set i.question = 'changed'"
                                    + " where c.code = '" + code + "' and i.code = 'LAB-ACT-01'"));
            assertTrue(
                    refused.getMessage().contains("a codebook that a cycle uses is immutable"), refused.getMessage());
        }

        Api.Reply copy = api.postJson("api/v1/codebooks/" + code + "/versions/1/copies", coordinator, "");
        assertEquals(201, copy.status(), copy.body());
        assertEquals(2, copy.json().asJsonObject().getInt("version"));
        assertEquals(
                204,
                api.delete("api/v1/codebooks/" + code + "/versions/2", coordinator)
                        .status(),
                "an unused copy can go");
    }

    @Test
    void onlyCoordinatorsReachCodebooks() throws IOException {
        String code = uniqueCode("roles");
        for (String user : List.of("expert1", "reviewer1")) {
            String token = Keycloak.accessToken(user);
            assertEquals(403, api.get("api/v1/codebooks", token).status(), user);
            assertEquals(
                    403,
                    api.postBytes("api/v1/codebooks/" + code + "/imports?title=x", token, referenceCodebook())
                            .status(),
                    user);
        }
        assertEquals(401, api.get("api/v1/codebooks", null).status());
        assertEquals(0, TestDatabase.count("select count(*) from codebook where code = ?", code));
    }
}
