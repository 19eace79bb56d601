package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.ContractCheck;
import org.regindex.testsupport.HostileFiles;
import org.regindex.testsupport.HostileRound;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.TestEnvironment;

/**
 * Hostile input through the API as a script sends it. Uploads: zip bombs dressed as workbooks, endless
 * bodies, CSV files with broken quoting or mixed encodings; each is refused with a sentence in a
 * problem response, in seconds, in the 512 MB heap the test server has, and nothing of it is stored.
 * Text: markup, expression syntax and SQL in every field are stored and given back as typed; filters
 * take quotes and wildcards literally; a source address is a web address or nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final long MB = 1024 * 1024;
    private static final String FULL = HostileRound.FULL;
    private static final String SHORT = HostileRound.SHORT;
    private static final String NOT_READABLE =
            "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file.";
    private static final String BOMB = " unpacks to more than 100 times its packed size, which no spreadsheet does: "
            + "the file is refused as a possible zip bomb.";
    private static final String TOO_LARGE = "The file is larger than 10 MB, the most this server accepts.";

    @ArquillianResource
    URL base;

    private Api api;
    private String coordinator;

    @BeforeEach
    void signIn() {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
    }

    private static String unique(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    /** The one problem of a refused import, after checking the reply is a 400 problem that says nothing was imported. */
    private static JsonObject refusal(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        JsonObject problem = reply.json().asJsonObject();
        assertTrue(problem.getString("detail").startsWith("Nothing was imported"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("org.apache"), reply.body());
        return problem;
    }

    private static String onlyMessage(Api.Reply reply) {
        var errors = refusal(reply).getJsonArray("errors");
        assertEquals(1, errors.size(), errors.toString());
        return errors.getJsonObject(0).getString("message");
    }

    private Api.Reply timed(String what, Supplier<Api.Reply> call) {
        long start = System.nanoTime();
        Api.Reply reply = call.get();
        System.out.printf(
                "[hostile] %-44s %d in %5d ms; server %s%n",
                what, reply.status(), (System.nanoTime() - start) / 1_000_000, ServerMemory.describe());
        return reply;
    }

    private Api.Reply importCodebook(String code, byte[] file) {
        return api.postBytes("api/v1/codebooks/" + code + "/imports?title=Hostile", coordinator, file);
    }

    @Test
    void workbooksThatUnpackTooFarAreRefusedInSecondsAndNothingIsStored() throws IOException {
        String before = TestDatabase.codebookRowCounts();
        byte[] codebook = HostileFiles.workbook("indicators", "indicator", "question", "guidance", "not_applicable");
        Map<String, byte[]> bombs = Map.of(
                "sheet of 1 GB", HostileFiles.sheetBomb(codebook, 1024 * MB),
                "shared strings of 512 MB", HostileFiles.sharedStringsBomb(codebook, 512 * MB),
                "entity expansion", HostileFiles.entityExpansion(codebook),
                "cells far to the right", HostileFiles.farRightCells(codebook, 5000),
                "2000 parts", HostileFiles.manyParts(codebook, 2000));
        Map<String, String> expected = Map.of(
                "sheet of 1 GB", "The part xl/worksheets/sheet1.xml" + BOMB,
                "shared strings of 512 MB", "The part xl/sharedStrings.xml" + BOMB,
                "entity expansion", NOT_READABLE,
                "cells far to the right",
                        "The data has more than 2000000 cells (rows times columns), more than this server "
                                + "reads. Delete what is not part of the import.",
                "2000 parts",
                        "The file has more than 1000 parts, which no spreadsheet has: it is not a valid Excel workbook (.xlsx).");
        for (var bomb : bombs.entrySet()) {
            String code = unique("bomb");
            long start = System.nanoTime();
            Api.Reply reply = timed(
                    "codebook: " + bomb.getKey() + " (" + bomb.getValue().length / 1024 + " KB)",
                    () -> importCodebook(code, bomb.getValue()));
            assertEquals(expected.get(bomb.getKey()), onlyMessage(reply));
            assertTrue(System.nanoTime() - start < 10_000_000_000L, bomb.getKey() + " took too long");
            assertEquals(404, api.get("api/v1/codebooks/" + code, coordinator).status());
        }

        byte[] regions = HostileFiles.sheetBomb(HostileFiles.workbook("regions", "code", "name", "country"), 1024 * MB);
        assertEquals(
                "The part xl/worksheets/sheet1.xml" + BOMB,
                onlyMessage(timed(
                        "regions: sheet of 1 GB",
                        () -> api.postBytes("api/v1/regions/imports?fileName=regions.xlsx", coordinator, regions))));
        Rounds.Round round = new Rounds(api).create();
        String after = TestDatabase.codebookRowCounts();
        byte[] answers = HostileFiles.sheetBomb(HostileFiles.workbook("answers", "indicator", "option"), 1024 * MB);
        assertEquals(
                "The part xl/worksheets/sheet1.xml" + BOMB,
                onlyMessage(timed(
                        "questionnaire workbook: sheet of 1 GB",
                        () -> api.postBytes(
                                "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA() + "/workbook",
                                Keycloak.accessToken("expert1"),
                                answers))));
        assertEquals(
                0,
                api.get("api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA(), coordinator)
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .size());
        assertEquals(after, TestDatabase.codebookRowCounts());
        assertFalse(before.equals(after), "the round itself was stored");
        assertEquals(200, api.get("api/v1/me", coordinator).status(), "the server still answers");
    }

    /** {@code size} bytes sent as they are made; with {@code announced}, the length is declared up front. */
    private Api.Reply stream(String path, long size, boolean announced) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> HostileFiles.endless(size));
        if (announced) {
            body = HttpRequest.BodyPublishers.fromPublisher(body, size);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.onLocalhost(base) + path))
                .header("Authorization", "Bearer " + coordinator)
                .header("Accept", "application/json")
                .header("Content-Type", "text/csv")
                .POST(body)
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            ContractCheck.check(response);
            return new Api.Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("The server dropped the upload without an answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoHundredMegabyteUploadsAreRefusedWithoutBeingHeld() {
        String before = TestDatabase.codebookRowCounts();
        String code = unique("huge");
        assertEquals(
                TOO_LARGE,
                onlyMessage(timed(
                        "codebook: 200 MB, length announced",
                        () -> stream("api/v1/codebooks/" + code + "/imports?fileName=huge.csv", 200 * MB, true))));
        assertEquals(
                TOO_LARGE,
                onlyMessage(timed(
                        "regions: 200 MB, chunked",
                        () -> stream("api/v1/regions/imports?fileName=huge.csv", 200 * MB, false))));
        assertEquals(404, api.get("api/v1/codebooks/" + code, coordinator).status());
        assertEquals(before, TestDatabase.codebookRowCounts());
    }

    private Api.Reply importRegions(String fileName, byte[] file) {
        return api.postBytes("api/v1/regions/imports?fileName=" + fileName, coordinator, file);
    }

    private static String region() {
        return "DK"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase();
    }

    @Test
    void csvFilesWithBrokenQuotingAreRefusedWithEveryPlaceNamed() {
        String[] codes = {region(), region(), region(), region()};
        String csv = "code,name,country\n"
                + codes[0] + ",Plain,DK\n"
                + codes[1] + ",\"Quoted\" then text,DK\n"
                + codes[2] + ",A \"quote\" inside,DK\n"
                + codes[3] + ",\"Never closed,DK\n";
        var errors = refusal(timed(
                        "regions: broken quoting",
                        () -> importRegions("quotes.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .getJsonArray("errors");
        assertEquals(
                List.of(
                        "quotes.csv 3 B There is text after the closing quote of this value.",
                        "quotes.csv 4 B A quote stands inside a value that does not start with one.",
                        "quotes.csv 5 B The quoted value that starts here is never closed: every row after it would become part of it."),
                errors.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("sheet") + " " + e.getInt("row") + " " + e.getString("column") + " "
                                + e.getString("message").replaceFirst("(value\\.|one\\.) Put.*", "$1"))
                        .toList());
        for (String code : codes) {
            assertEquals(404, api.get("api/v1/regions/" + code, coordinator).status(), code);
        }
    }

    @Test
    void csvFilesInMixedOrOtherEncodingsAreRefusedAndNothingIsStored() {
        String before = TestDatabase.codebookRowCounts();
        String first = region();
        String second = region();
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(
                ("code,name,country\n" + first + ",Württemberg in UTF-8,DE\n").getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes((second + ",Württemberg in Latin-1,DE\n").getBytes(StandardCharsets.ISO_8859_1));
        JsonObject problem = refusal(
                        timed("regions: UTF-8 then Latin-1", () -> importRegions("mixed.csv", mixed.toByteArray())))
                .getJsonArray("errors")
                .getJsonObject(0);
        assertEquals(3, problem.getInt("row"));
        assertTrue(problem.getString("message").startsWith("The text is not UTF-8."), problem.toString());

        byte[] utf16 = ("\uFEFFcode,name,country\n" + first + ",Unicode text,DE\n").getBytes(StandardCharsets.UTF_16LE);
        assertTrue(onlyMessage(timed("regions: UTF-16 with byte-order mark", () -> importRegions("utf16.csv", utf16)))
                .startsWith("The text is UTF-16 (\"Unicode text\"), not UTF-8."));

        String code = unique("latin1");
        byte[] codebook =
                ("indicator,question,guidance,not_applicable,Policy area [policy_area],option_1_code,option_1_label,"
                                + "option_1_score,option_2_code,option_2_label,option_2_score\nLAB-ACT-01,Gibt es einen Plan?,,no,Labour market [LAB],"
                                + "a,Ja,100,b,Nein,0\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] latin1Row =
                "LAB-ACT-02,Für wen?,,no,Labour market [LAB],a,Ja,100,b,Nein,0\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[codebook.length + latin1Row.length];
        System.arraycopy(codebook, 0, file, 0, codebook.length);
        System.arraycopy(latin1Row, 0, file, codebook.length, latin1Row.length);
        assertTrue(onlyMessage(importCodebook(code, file)).startsWith("The text is not UTF-8."));
        assertEquals(404, api.get("api/v1/codebooks/" + code, coordinator).status());
        assertEquals(404, api.get("api/v1/regions/" + first, coordinator).status());
        assertEquals(404, api.get("api/v1/regions/" + second, coordinator).status());
        assertEquals(before, TestDatabase.codebookRowCounts());
    }

    private static JsonObject named(jakarta.json.JsonArray items, String key, String value) {
        return items.getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString(key).equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + key + " " + value + " in " + items));
    }

    @Test
    void hostileTextInEveryFieldIsStoredAndGivenBackExactlyAsTyped() throws IOException {
        HostileRound.Made made = new HostileRound(api).create();
        assertEquals(
                SHORT,
                api.get("api/v1/regions/" + made.regionA(), coordinator)
                        .json()
                        .asJsonObject()
                        .getString("name"));
        assertEquals(
                SHORT,
                api.get("api/v1/cycles/" + made.cycle(), coordinator)
                        .json()
                        .asJsonObject()
                        .getString("name"));
        JsonObject codebook = api.get("api/v1/codebooks/" + made.codebook(), coordinator)
                .json()
                .asJsonObject();
        assertEquals(SHORT, codebook.getString("title"));
        JsonObject indicator = named(codebook.getJsonArray("indicators"), "code", HostileRound.INDICATOR);
        assertEquals(FULL, indicator.getString("question"));
        assertEquals(FULL, indicator.getString("guidance"));

        String questionnaire = "api/v1/cycles/" + made.cycle() + "/questionnaires/" + made.regionA();
        var answers = api.get(questionnaire, Keycloak.accessToken("expert1"))
                .json()
                .asJsonObject()
                .getJsonArray("answers");
        JsonObject answer = named(answers, "indicator", HostileRound.INDICATOR).getJsonObject("answer");
        assertEquals(FULL, answer.getString("justification"));
        assertEquals(FULL, answer.getJsonArray("sources").getJsonObject(0).getString("citation"));
        assertEquals(FULL, answer.getString("note"));
        JsonObject notApplicable = named(answers, "indicator", HostileRound.NOT_APPLICABLE_INDICATOR)
                .getJsonObject("answer");
        assertEquals(FULL, notApplicable.getString("notApplicableReason"));
        var comments = api.get(questionnaire + "/answers/" + HostileRound.INDICATOR + "/comments", coordinator)
                .json()
                .asJsonObject()
                .getJsonArray("comments");
        assertEquals(FULL, comments.getJsonObject(0).getString("text"));

        JsonObject release =
                api.get("api/v1/releases/" + made.release(), coordinator).json().asJsonObject();
        assertEquals(SHORT, release.getString("title"));
        assertEquals(FULL, release.getString("notes"));
        assertEquals(FULL, release.getString("withdrawnReason"));
        assertTrue(TestDatabase.count("select count(*) from answer") > 0, "the answer table is still there");
    }

    @Test
    void sourceAddressesThatAreNoWebAddressesAreRefused() throws IOException {
        Rounds.Round round = new Rounds(api).create();
        String expert = Keycloak.accessToken("expert1");
        String path = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        for (String url : List.of(
                "javascript:alert(1)",
                "JavaScript:window.__xss=1",
                " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                "//evil.example.org/x",
                "file:///etc/passwd",
                "https://example.org/\"><script>alert(1)</script>")) {
            Api.Reply reply = api.putJson(
                    path + "/answers/LAB-ACT-01",
                    expert,
                    jakarta.json.Json.createObjectBuilder()
                            .add("option", "a")
                            .add("justification", "Seen.")
                            .add(
                                    "sources",
                                    jakarta.json.Json.createArrayBuilder()
                                            .add(jakarta.json.Json.createObjectBuilder()
                                                    .add("citation", "Report")
                                                    .add("url", url)))
                            .add("version", 0)
                            .build()
                            .toString());
            assertEquals(400, reply.status(), url + ": " + reply.body());
            assertTrue(
                    reply.json()
                            .asJsonObject()
                            .getString("detail")
                            .contains("is not a web address starting with http:// or https://"),
                    reply.body());
        }
        assertEquals(
                0,
                api.get(path, expert)
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .size());
    }

    @Test
    void filtersTakeQuotesAndWildcardsAsPlainText() throws IOException {
        Rounds.Round round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        String audit = "api/v1/cycles/" + round.cycle() + "/audit";
        assertFalse(api.get(audit + "?person=expert1", coordinator)
                .json()
                .asJsonArray()
                .isEmpty());
        for (String hostile :
                List.of("' OR '1'='1", "%", "_", "expert%", "expert_", "\\", "\\%", "'; DROP TABLE answer; --")) {
            for (String filter : List.of("person", "region", "action")) {
                Api.Reply reply = api.get(audit + "?" + filter + "=" + encode(hostile), coordinator);
                assertEquals(200, reply.status(), filter + "=" + hostile + ": " + reply.body());
                assertTrue(reply.json().asJsonArray().isEmpty(), filter + "=" + hostile + " matched: " + reply.body());
            }
        }
        for (String path : List.of(
                "api/v1/releases/latest/scores?axis=" + encode("' OR '1'='1"),
                "api/v1/codebooks/" + round.codebook() + "/versions/1/export?format=" + encode("csv' --"),
                "api/v1/codebooks/" + encode("' OR '1'='1"),
                "api/v1/regions/" + encode("%_"))) {
            Api.Reply reply = api.get(path, coordinator);
            assertTrue(
                    reply.status() == 400 || reply.status() == 404, path + ": " + reply.status() + " " + reply.body());
            assertFalse(
                    reply.body().contains("Exception")
                            || reply.body().toLowerCase().contains("sql"),
                    reply.body());
        }
        assertTrue(TestDatabase.count("select count(*) from answer") > 0);
    }

    /** The resident memory of the Payara process Arquillian started, as the kernel counts it (peak and now). */
    static final class ServerMemory {

        static String describe() {
            return ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                    .findFirst()
                    .map(ServerMemory::status)
                    .orElse("(not found)");
        }

        private static String status(ProcessHandle process) {
            try {
                List<String> lines = Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"));
                return "RSS " + value(lines, "VmRSS") + ", peak " + value(lines, "VmHWM");
            } catch (IOException e) {
                return "(unreadable)";
            }
        }

        private static String value(List<String> lines, String key) {
            return lines.stream()
                    .filter(line -> line.startsWith(key + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
                    .findFirst()
                    .orElse("?");
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
