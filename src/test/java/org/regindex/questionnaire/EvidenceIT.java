package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.platform.control.FileStore;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.TestEnvironment;

/**
 * Evidence files over the API: the region's expert attaches them to saved answers while the answers may change;
 * whoever reads the questionnaire opens them; each file is stored once by its SHA-256; and what is refused (by its
 * content, its size, a cut-off upload, the wrong person) leaves nothing in the database or the file store.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {

    /** Where the server under test keeps the files (FILES_DIR in the pom). */
    private static final Path STORE = Path.of("target", "it-files");

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private final Map<String, String> tokens = new HashMap<>();

    private String token(String user) {
        return tokens.computeIfAbsent(user, Keycloak::accessToken);
    }

    @BeforeEach
    void aRoundWithEveryAnswerOfRegionASaved() throws IOException {
        api = new Api(base);
        round = new Rounds(api).create();
        round.answerEverything(token("expert1"));
    }

    @Test
    void theExpertAttachesReadersOpenAndTheStoreKeepsEachContentOnce() {
        byte[] pdf = pdf("the regional plan");
        String sha256 = FileStore.sha256(pdf);
        Api.Reply added = attach("expert1", "LAB-ACT-01", "Pla regional 2024.pdf", pdf);
        assertEquals(201, added.status(), added.body());
        JsonObject json = added.json().asJsonObject();
        assertEquals("Pla regional 2024.pdf", json.getString("name"));
        assertEquals(sha256, json.getString("sha256"));
        assertEquals("application/pdf", json.getString("mediaType"));
        assertEquals(pdf.length, json.getInt("size"));
        assertTrue(added.header("Location").endsWith("/evidence/" + sha256), added.header("Location"));

        for (String reader : List.of("expert1", "reviewer1", "coordinator")) {
            Api.Reply listed = api.get(evidence("LAB-ACT-01"), token(reader));
            assertEquals(200, listed.status(), reader + ": " + listed.body());
            assertEquals(
                    List.of(sha256),
                    listed.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                            .map(e -> e.getString("sha256"))
                            .toList());
            assertArrayEquals(pdf, api.download(evidence("LAB-ACT-01") + "/" + sha256, token(reader)), reader);
        }
        Api.Reply opened = api.get(evidence("LAB-ACT-01") + "/" + sha256, token("reviewer1"));
        assertEquals("application/pdf", opened.header("Content-Type"));
        assertEquals("attachment; filename*=UTF-8''Pla%20regional%202024.pdf", opened.header("Content-Disposition"));

        assertEquals(201, attach("expert1", "LAB-ACT-02", "plan-copy.pdf", pdf).status(), "the same file elsewhere");
        assertEquals(1, TestDatabase.count("select count(*) from evidence_file where sha256 = ?", sha256));
        assertEquals(1, filesNamed(sha256), "stored once");
        Api.Reply twice = attach("expert1", "LAB-ACT-01", "again.pdf", pdf);
        assertEquals(409, twice.status(), twice.body());
        assertEquals("urn:regindex:problem:EvidenceAttached", problem(twice).getString("type"));

        assertEquals(
                204,
                api.delete(evidence("LAB-ACT-01") + "/" + sha256, token("expert1"))
                        .status());
        assertEquals(
                0,
                api.get(evidence("LAB-ACT-01"), token("expert1"))
                        .json()
                        .asJsonArray()
                        .size());
        assertEquals(
                404,
                api.get(evidence("LAB-ACT-01") + "/" + sha256, token("expert1")).status());
        assertArrayEquals(pdf, api.download(evidence("LAB-ACT-02") + "/" + sha256, token("coordinator")));
        assertEquals(
                List.of("EVIDENCE_ADDED expert1", "EVIDENCE_ADDED expert1", "EVIDENCE_REMOVED expert1"),
                auditedChanges());
    }

    @Test
    void whatIsNoDocumentIsTooLargeOrCutOffIsRefusedAndLeavesNothing() throws IOException {
        long rows = TestDatabase.count("select count(*) from answer_evidence");
        long stored = filesInStore();
        byte[] executable = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(
                "urn:regindex:problem:InvalidEvidence",
                problem(attach("expert1", "LAB-ACT-01", "plan.pdf", executable)).getString("type"));
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        bomb.put("word/document.xml", new byte[30 * 1024 * 1024]);
        Api.Reply disguised = attach("expert1", "LAB-ACT-01", "report.docx", EvidenceSnifferTest.zip(bomb));
        assertEquals(400, disguised.status(), disguised.body());
        assertTrue(problem(disguised).getString("detail").contains("expands"), disguised.body());
        Api.Reply tooLarge = api.sendAlone(
                "POST",
                evidence("LAB-ACT-01") + "?name=big.pdf",
                token("expert1"),
                "application/pdf",
                pdf("x".repeat(21 * 1024 * 1024)));
        assertEquals(413, tooLarge.status(), tooLarge.body());
        Api.Reply noName = api.send("POST", evidence("LAB-ACT-01"), token("expert1"), "application/pdf", pdf("a"));
        assertEquals(400, noName.status(), noName.body());
        Api.Reply folder = attach("expert1", "LAB-ACT-01", "../../etc/passwd", pdf("a"));
        assertEquals(400, folder.status(), folder.body());
        cutOffUpload(evidence("LAB-ACT-01") + "?name=cut.pdf", token("expert1"));

        assertEquals(rows, TestDatabase.count("select count(*) from answer_evidence"));
        assertEquals(stored, filesInStore(), "no file, whole or partial, was left in the store");
    }

    @Test
    void onlyTheRegionsExpertAttachesAndOnlyWhileTheAnswersMayChange() {
        byte[] text = "Decree 12/2023, article 4.".getBytes(StandardCharsets.UTF_8);
        for (String other : List.of("reviewer1", "coordinator", "expert2", "reviewer2")) {
            assertEquals(403, attach(other, "LAB-ACT-01", "decree.txt", text).status(), other);
        }
        assertEquals(
                401,
                api.send("POST", evidence("LAB-ACT-01") + "?name=d.txt", null, "text/plain", text)
                        .status());
        assertEquals(403, api.get(evidence("LAB-ACT-01"), token("expert2")).status(), "another region's expert");
        assertEquals(401, api.get(evidence("LAB-ACT-01"), null).status());
        Api.Reply added = attach("expert1", "LAB-ACT-01", "decree.txt", text);
        assertEquals(201, added.status(), added.body());
        assertEquals("text/plain; charset=UTF-8", added.json().asJsonObject().getString("mediaType"));
        String sha256 = FileStore.sha256(text);
        assertEquals(
                403,
                api.delete(evidence("LAB-ACT-01") + "/" + sha256, token("reviewer1"))
                        .status());

        Api.Reply submitted = api.postJson(
                "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA() + "/transitions",
                token("expert1"),
                "{\"transition\":\"SUBMIT\"}");
        assertEquals(200, submitted.status(), submitted.body());
        Api.Reply locked = attach("expert1", "LAB-ACT-02", "late.txt", text);
        assertEquals(409, locked.status(), locked.body());
        assertEquals(
                409,
                api.delete(evidence("LAB-ACT-01") + "/" + sha256, token("expert1"))
                        .status());
        assertEquals(
                1,
                api.get(evidence("LAB-ACT-01"), token("reviewer1"))
                        .json()
                        .asJsonArray()
                        .size());
        Api.Reply noAnswer = attachTo(round.regionB(), "expert2", "LAB-ACT-01", "early.txt", text);
        assertEquals(400, noAnswer.status(), "region B has no saved answer yet: " + noAnswer.body());
    }

    @Test
    void theExpertAttachesAFileInTheBrowserAndTheReviewerOpensIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Decret 12-2023.pdf");
        Files.write(file, pdf("the decree"));
        WebDriver expert = Browser.open();
        try {
            signIn(expert, "expert1", "questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA());
            Browser.waitUpTo(expert, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
            expert.findElement(By.id("ind-ADI-ACR-01"))
                    .findElement(By.cssSelector("a[id$='evidence']"))
                    .click();
            Browser.waitUpTo(expert, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-title")));
            expert.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
            expert.findElement(By.cssSelector("[id$='upload']")).click();
            WebElement files = Browser.waitUpTo(expert, 30)
                    .until(d -> d.findElement(By.cssSelector("[id$='files']"))
                                    .getText()
                                    .contains("Decret 12-2023.pdf")
                            ? d.findElement(By.cssSelector("[id$='files']"))
                            : null);
            assertTrue(files.getText().contains("application/pdf"), files.getText());
            Browser.screenshot(expert, "evidence-attached");
        } finally {
            expert.quit();
        }
        WebDriver reviewer = Browser.open();
        try {
            signIn(
                    reviewer,
                    "reviewer1",
                    "evidence.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA() + "&indicator=ADI-ACR-01");
            WebElement files = Browser.waitUpTo(reviewer, 30)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='files']")));
            assertTrue(files.getText().contains("Decret 12-2023.pdf"), files.getText());
            assertTrue(
                    reviewer.findElements(By.cssSelector("input[type='file']")).isEmpty(),
                    "a reviewer attaches nothing");
            assertTrue(reviewer.findElements(By.cssSelector("[id$='remove']")).isEmpty(), "nor removes");
        } finally {
            reviewer.quit();
        }
        assertArrayEquals(
                pdf("the decree"),
                api.download(evidence("ADI-ACR-01") + "/" + FileStore.sha256(pdf("the decree")), token("reviewer1")));
    }

    @Test
    void aReleaseRecordsTheFilesOfItsAnswersAndTheStoreKeepsThemForGood() throws Exception {
        byte[] text = "Regional decree 7/2025.".getBytes(StandardCharsets.UTF_8);
        String sha256 = FileStore.sha256(text);
        assertEquals(
                201, attach("expert1", "LAB-ACT-01", "decree, \"7\".txt", text).status());
        round.submitToApproved(round.regionA(), "expert1", "reviewer1");
        String version = round.publish("With evidence");

        JsonObject answer = api
                .get("api/v1/releases/" + version + "/regions/" + round.regionA(), null)
                .json()
                .asJsonObject()
                .getJsonArray("answers")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("indicator").equals("LAB-ACT-01"))
                .findFirst()
                .orElseThrow();
        JsonObject file = answer.getJsonArray("evidence").getJsonObject(0);
        assertEquals("decree, \"7\".txt", file.getString("name"));
        assertEquals(sha256, file.getString("sha256"));
        assertEquals(text.length, file.getInt("size"));
        String csv =
                unzipped(api.download("api/v1/releases/" + version + "/download/datapackage", null), "evidence.csv");
        assertEquals(
                "region,indicator,file,name,media_type,size,sha256\r\n" + round.regionA() + ",LAB-ACT-01,1,"
                        + "\"decree, \"\"7\"\".txt\",text/plain; charset=UTF-8," + text.length + "," + sha256 + "\r\n",
                csv);
        try (java.sql.Connection db = TestDatabase.connect();
                java.sql.Statement sql = db.createStatement()) {
            for (String statement : List.of(
                    "delete from evidence_file where sha256 = '" + sha256 + "'",
                    "update rel_evidence set file_name = 'x' where sha256 = '" + sha256 + "'")) {
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(
                        java.sql.SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(
                        refused.getMessage().contains("foreign key")
                                || refused.getMessage().contains("immutable"),
                        refused.getMessage());
            }
        }
    }

    private static String unzipped(byte[] zip, String name) throws IOException {
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the package");
    }

    private void signIn(WebDriver browser, String user, String page) {
        browser.get(TestEnvironment.onLocalhost(base) + "app/" + page);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.id("kc-login")).click();
    }

    private Api.Reply attach(String user, String indicator, String name, byte[] content) {
        return attachTo(round.regionA(), user, indicator, name, content);
    }

    private Api.Reply attachTo(String region, String user, String indicator, String name, byte[] content) {
        return api.send(
                "POST",
                "api/v1/cycles/" + round.cycle() + "/questionnaires/" + region + "/answers/" + indicator
                        + "/evidence?name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                token(user),
                "application/octet-stream",
                content);
    }

    private String evidence(String indicator) {
        return "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA() + "/answers/" + indicator
                + "/evidence";
    }

    private List<String> auditedChanges() {
        return List.of(TestDatabase.text(
                        "select group_concat(concat(action, ' ', actor) order by id separator '|')"
                                + " from audit_event where action like 'EVIDENCE%' and cycle_code = ?",
                        round.cycle())
                .split("\\|"));
    }

    /** Headers that promise more bytes than come before the connection closes. */
    private void cutOffUpload(String path, String token) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                            + "Authorization: Bearer " + token + "\r\nContent-Type: application/pdf\r\n"
                            + "Content-Length: 100000\r\nConnection: close\r\n\r\n%PDF-1.7 only the start")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        try {
            Thread.sleep(1500); // the server gives up on the rest of the body
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static JsonObject problem(Api.Reply reply) {
        assertTrue(reply.status() >= 400, reply.status() + " " + reply.body());
        return reply.json().asJsonObject();
    }

    private static long filesInStore() {
        if (!Files.exists(STORE)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long filesNamed(String sha256) {
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(f -> f.getFileName().toString().equals(sha256)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
