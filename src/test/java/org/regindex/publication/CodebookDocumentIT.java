package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * The codebook document of a published release, without signing in: the page shows the methodology with
 * the worked example scored on the reference codebook and all 72 indicators, in English and Spanish; the
 * PDF it links to is served as application/pdf and says the same; a withdrawn release leaves only its
 * reason, and a draft or unknown version is not found, as page and as PDF.
 */
@ExtendWith(ArquillianExtension.class)
class CodebookDocumentIT {

    /** What the worked example gives on the reference codebook (CodebookDocumentTest derives it). */
    static final String OVERALL = "Overall score: (66.67 + 25.00) / 2 = 45.83";

    static final String QUESTION = "Can migrants who experience discrimination bring a complaint to a body set up or"
            + " funded by the regional government, and how far can that body act on it?";

    /** The same question from the reference codebook's question@es column. */
    static final String SPANISH_QUESTION =
            "¿Pueden las personas migrantes que sufren discriminación presentar una queja"
                    + " ante un organismo creado o financiado por el gobierno regional, y hasta qué punto puede ese organismo"
                    + " actuar al respecto?";

    @ArquillianResource
    URL base;

    private static Rounds.Round round;
    private static String published;
    private static String withdrawn;
    private static String draft;

    private Api api;
    private WebDriver browser;

    @BeforeEach
    void aPublishedAWithdrawnAndADraftRelease() throws IOException {
        api = new Api(base);
        if (round == null) {
            round = new Rounds(api).create();
            round.approve(round.regionA(), "expert1", "reviewer1", "a");
            published = freeze("Codebook document");
            publish(published);
            withdrawn = freeze("Codebook document, withdrawn");
            publish(withdrawn);
            Api.Reply gone = api.postJson(
                    "api/v1/releases/" + withdrawn + "/withdraw",
                    Keycloak.accessToken("coordinator"),
                    "{\"reason\":\"Withdrawn by the codebook test.\"}");
            assertEquals(200, gone.status(), gone.body());
            draft = freeze("Codebook document, draft");
        }
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void thePageShowsTheMethodologyTheWorkedExampleAndEveryIndicatorInEnglishAndSpanish() {
        open("explore/codebook.xhtml?version=" + published);
        assertEquals("Codebook of release " + published + ": Codebook document", text("page-title"));
        assertTrue(text("codebook").contains("(" + round.codebook() + ", version 1)"), text("codebook"));
        assertTrue(text("citation").contains("(Version " + published + ")"), text("citation"));
        assertTrue(text("not-applicable").contains("never counted as 0"), text("not-applicable"));
        assertTrue(text("rounding").contains("rounded half-up to two decimals only at the end"));
        assertTrue(text("robustness").matches("(?s).*1,?000 Monte Carlo runs.*"), text("robustness"));
        assertTrue(browser.findElement(By.cssSelector("#robustness a"))
                .getAttribute("href")
                .endsWith("/explore/sensitivity.xhtml?release=" + published));
        assertTrue(text("example").contains("Score on Antidiscrimination: (100 + 50 + 50) / 3 = 66.67"));
        assertEquals(OVERALL, text("example-overall"));
        assertTrue(text("example-rounding").startsWith("Averaging the rounded category scores would give 45.84"));
        List<WebElement> indicators = browser.findElements(By.cssSelector("#indicators article.codebook-indicator"));
        assertEquals(72, indicators.size());
        String first = text("indicator-ADI-ACR-01");
        assertTrue(first.contains(QUESTION), first);
        assertTrue(first.contains("Use the body's founding act and latest activity report"), first);
        assertTrue(first.contains("Policy area: Antidiscrimination [ADI]"), first);
        assertTrue(
                first.contains("b A regional body receives complaints and mediates, but cannot investigate or assist"
                        + " in legal proceedings 67"),
                first);
        assertTrue(text("indicator-ADI-ACT-02").contains("May be answered \"not applicable\", with a reason."));
        screenshot("codebook");
        scrollTo("example-heading");
        screenshot("codebook-example");
        scrollTo("indicator-ADI-ACR-01");
        screenshot("codebook-indicator");

        browser.findElement(By.id("lang-es")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("lang=es"));
        assertEquals("Metodología", text("methodology-heading"));
        assertEquals("Puntuación global: (66,67 + 25,00) / 2 = 45,83", text("example-overall"));
        String spanish = text("indicator-ADI-ACR-01");
        assertTrue(spanish.contains(SPANISH_QUESTION), "the codebook's texts from its @es columns: " + spanish);
        assertTrue(spanish.contains("Ámbito de política: Antidiscriminación [ADI]"), spanish);
        browser.findElement(By.id("lang-en")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("lang=en"));
    }

    @Test
    void theLinkedPdfIsTheSameDocumentTheSameBytesOnEveryDownloadAndInTheChecksums() throws IOException {
        open("explore/codebook.xhtml?version=" + published);
        String href = browser.findElement(By.id("codebook-pdf")).getAttribute("href");
        String path = href.substring(href.indexOf("api/v1/"));
        assertEquals("api/v1/releases/" + published + "/download/codebook-pdf", path);
        Api.Reply reply = api.get(path, null);
        assertEquals(200, reply.status());
        assertEquals("application/pdf", reply.header("Content-Type"));
        assertEquals(
                "attachment; filename=\"regindex-" + round.cycle() + "-" + published + "-codebook.pdf\"",
                reply.header("Content-Disposition"));
        byte[] pdf = api.download(path, null);
        assertArrayEquals(pdf, api.download(path, null));
        String checksums = new String(
                api.download("api/v1/releases/" + published + "/download/checksums", null), StandardCharsets.UTF_8);
        assertTrue(
                checksums.contains(sha256(pdf) + "  regindex-" + round.cycle() + "-" + published + "-codebook.pdf\n"),
                "the checksums, which render the PDF anew, list the same bytes: " + checksums);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String expected : List.of(
                "Codebook of release " + published + ": Codebook document",
                "never counted as 0",
                OVERALL,
                QUESTION,
                "c Only an information point or hotline exists, which redirects complaints to national bodies 33",
                "d No regional body receives discrimination complaints 0")) {
            assertTrue(text.contains(expected), "the PDF says: " + expected);
        }
    }

    @Test
    void aWithdrawnReleaseLeavesItsReasonAndADraftOrUnknownVersionIsNotFound() {
        open("explore/codebook.xhtml?version=" + withdrawn);
        assertEquals("Withdrawn by the codebook test.", text("withdrawn-reason"));
        assertTrue(browser.findElements(By.id("methodology")).isEmpty()
                && browser.findElements(By.id("codebook-pdf")).isEmpty());
        assertEquals(
                410,
                api.get("api/v1/releases/" + withdrawn + "/download/codebook-pdf", null)
                        .status());
        for (String version : List.of(draft, "9999.0")) {
            String page = "explore/codebook.xhtml?version=" + version;
            assertEquals(404, api.get(page, null).status(), page);
            open(page);
            assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText(), page);
            assertEquals(
                    404,
                    api.get("api/v1/releases/" + version + "/download/codebook-pdf", null)
                            .status(),
                    version);
        }
        assertEquals(
                200,
                api.get("api/v1/releases/" + draft + "/download/codebook-pdf", Keycloak.accessToken("coordinator"))
                        .status(),
                "a coordinator reads the draft's codebook before publishing it");
    }

    private String freeze(String title) {
        Api.Reply frozen = api.postJson(
                "api/v1/cycles/" + round.cycle() + "/releases",
                Keycloak.accessToken("coordinator"),
                "{\"title\":\"" + title + "\"}");
        assertEquals(201, frozen.status(), frozen.body());
        return frozen.json().asJsonObject().getString("version");
    }

    private void publish(String version) {
        Api.Reply done =
                api.postJson("api/v1/releases/" + version + "/publish", Keycloak.accessToken("coordinator"), "");
        assertEquals(200, done.status(), done.body());
    }

    private void open(String path) {
        browser.get(TestEnvironment.onLocalhost(base) + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private void screenshot(String name) {
        Browser.screenshot(browser, "CodebookDocumentIT-" + name);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
