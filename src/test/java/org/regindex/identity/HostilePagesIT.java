package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.FormSession;
import org.regindex.testsupport.HostileFiles;
import org.regindex.testsupport.HostileRound;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.PrimeFaces;
import org.regindex.testsupport.TestEnvironment;

/**
 * Hostile input through the pages. In a real browser, text full of markup, expression syntax and SQL
 * shows as the characters that were typed, on every page that shows it, and nothing in it runs. At
 * the HTTP level, a form sent without the view state of the signer's own page changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HostilePagesIT {

    private static final String FULL = HostileRound.FULL;
    private static final String SHORT = HostileRound.SHORT;
    /** What {@code 7*191} evaluates to, should any page ever evaluate typed text. */
    private static final String EVALUATED = "1337";

    @ArquillianResource
    URL base;

    private Api api;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String address() {
        return TestEnvironment.onLocalhost(base);
    }

    private void signInAt(String path, String username) {
        browser = Browser.open();
        browser.get(address() + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    }

    private void open(String path) {
        browser.get(address() + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("main")));
        PrimeFaces.settle(browser);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    /** Nothing typed ran: no alert, no flag set, no element the payloads would create, no evaluated expression. */
    private void assertInert(String page) {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert opened on " + page);
        assertNull(
                script("return window.__xss === undefined ? null : String(window.__xss);"), "a payload ran on " + page);
        assertEquals(
                0L,
                script("return document.querySelectorAll('[data-xss]').length;"),
                "a payload made an element on " + page);
        String text = (String) script("return document.body.textContent;");
        assertFalse(text.contains(EVALUATED), "an expression was evaluated on " + page);
    }

    /** The text shows literally (as characters, not markup) on the page. */
    private void assertShown(String page, String text) {
        String content = (String) script("return document.body.textContent;");
        assertTrue(content.contains(text), page + " does not show " + text);
    }

    private String valueOf(String cssSelector) {
        return browser.findElement(By.cssSelector(cssSelector)).getAttribute("value");
    }

    @Test
    void theExpertsQuestionnaireShowsEveryHostileTextAsTypedAndRunsNone() throws IOException {
        HostileRound.Made made = new HostileRound(api).create();
        String page = "app/questionnaire.xhtml?cycle=" + made.cycle() + "&region=" + made.regionA();
        signInAt(page, "expert1");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        Browser.screenshot(browser, "hostile-questionnaire");
        assertEquals(
                SHORT + " · " + SHORT,
                browser.findElement(By.id("q-title"))
                        .getAttribute("textContent")
                        .strip());
        WebElement indicator = browser.findElement(By.id("ind-" + HostileRound.INDICATOR));
        assertTrue(indicator
                .findElement(By.cssSelector("h2"))
                .getAttribute("textContent")
                .contains(FULL));
        assertEquals(FULL, indicator.findElement(By.cssSelector(".q-guidance")).getAttribute("textContent"));
        String at = "#ind-" + HostileRound.INDICATOR + " ";
        assertEquals(FULL, valueOf(at + "[id$='justification']"));
        assertEquals(FULL, valueOf(at + "[id$='citation']"));
        assertEquals(FULL, valueOf(at + "[id$='note']"));
        assertEquals(
                FULL, indicator.findElement(By.cssSelector(".q-comment-text")).getAttribute("textContent"));
        assertEquals(FULL, valueOf("#ind-" + HostileRound.NOT_APPLICABLE_INDICATOR + " [id$='reason']"));
        assertInert(page);

        WebElement justification = browser.findElement(By.cssSelector("#ind-ADI-ACR-02 [id$='justification']"));
        justification.sendKeys(Keys.chord(Keys.CONTROL, "a"), FULL);
        browser.findElement(By.cssSelector("#ind-ADI-ACR-02 h2")).click();
        Browser.waitUpTo(browser, 15)
                .until(d -> d.findElement(By.cssSelector("#ind-ADI-ACR-02 .q-status"))
                        .getText()
                        .startsWith("Saved at"));
        browser.navigate().refresh();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertEquals(FULL, valueOf("#ind-ADI-ACR-02 [id$='justification']"));
        assertInert(page + " after typing");
        assertEquals(
                FULL,
                api
                        .get(
                                "api/v1/cycles/" + made.cycle() + "/questionnaires/" + made.regionA(),
                                Keycloak.accessToken("expert1"))
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getValuesAs(jakarta.json.JsonObject.class)
                        .stream()
                        .filter(a -> a.getString("indicator").equals("ADI-ACR-02"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("answer")
                        .getString("justification"));

        open("app/home.xhtml");
        assertShown("app/home.xhtml", SHORT);
        assertInert("app/home.xhtml");

        browser.quit();
        signInAt("app/notifications.xhtml", "expert2");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("inboxForm")));
        assertShown("expert2's notifications", "Reason: " + FULL);
        assertInert("expert2's notifications");
    }

    @Test
    void coordinatorPagesShowEveryHostileTextAsTypedAndRunNone() throws IOException {
        HostileRound.Made made = new HostileRound(api).create();
        signInAt("app/coordinator/regions.xhtml", "coordinator");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("app/coordinator/regions.xhtml", SHORT);
        pages.put("app/coordinator/cycles.xhtml", SHORT);
        pages.put("app/coordinator/cycle.xhtml?code=" + made.cycle(), SHORT);
        pages.put("app/coordinator/codebooks.xhtml", SHORT);
        pages.put("app/coordinator/codebook.xhtml?code=" + made.codebook() + "&version=1", FULL);
        pages.put("app/coordinator/releases.xhtml", SHORT);
        pages.put("app/coordinator/release.xhtml?version=" + made.release(), FULL);
        pages.put("app/audit.xhtml?cycle=" + made.cycle(), "DROP TABLE answer");
        pages.put("app/questionnaire.xhtml?cycle=" + made.cycle() + "&region=" + made.regionA(), FULL);
        for (var page : pages.entrySet()) {
            open(page.getKey());
            assertShown(page.getKey(), page.getValue());
            assertInert(page.getKey());
        }

        open("app/coordinator/codebook.xhtml?code=" + made.codebook() + "&version=1");
        for (String search : List.of("' OR '1'='1", "%", "_", "\\", "'; --")) {
            WebElement field = browser.findElement(By.id("browser:search"));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), search);
            browser.findElement(By.id("browser:searchButton")).click();
            PrimeFaces.settle(browser);
            String count = browser.findElement(By.id("count")).getText();
            assertTrue(count.startsWith("0 of ") || count.startsWith("1 of "), search + ": " + count);
        }
        WebElement field = browser.findElement(By.id("browser:search"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "DROP TABLE answer");
        browser.findElement(By.id("browser:searchButton")).click();
        PrimeFaces.settle(browser);
        assertTrue(
                browser.findElement(By.id("count")).getText().startsWith("1 of "),
                browser.findElement(By.id("count")).getText());
        assertInert("the codebook browser after searching");
    }

    @Test
    void hostileTextTypedIntoFormsAndFilesComesBackAsText() throws IOException {
        signInAt("app/coordinator/regions.xhtml", "coordinator");
        String code = "DK"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase();
        browser.findElement(By.id("addForm:code")).sendKeys(code);
        browser.findElement(By.id("addForm:name")).sendKeys(SHORT);
        browser.findElement(By.id("addForm:country")).sendKeys("DK");
        browser.findElement(By.id("addForm:add")).click();
        String message = PrimeFaces.awaitMessage(browser, "Added region " + code);
        assertTrue(message.contains(SHORT), message);
        assertInert("the regions page after adding");
        assertEquals(
                SHORT,
                api.get("api/v1/regions/" + code, Keycloak.accessToken("coordinator"))
                        .json()
                        .asJsonObject()
                        .getString("name"));

        Path file = Files.createTempDirectory("hostile").resolve("regions.csv");
        Files.writeString(
                file,
                "code,name,country,<script>window.__xss=1</script>\n" + code + "X,x,DK,x\n",
                StandardCharsets.UTF_8);
        PrimeFaces.chooseFile(browser, "importForm", file);
        browser.findElement(By.id("importForm:import")).click();
        Browser.waitUpTo(browser, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem-table")));
        assertShown("the import problems", "Unknown column \"<script>window.__xss=1</script>\"");
        Browser.screenshot(browser, "hostile-import-problems");
        assertInert("the regions page after a refused import");
    }

    // --- Forged form posts (CSRF) at the HTTP level ---

    private static final String FORGED = "-4385019284561736521:7391638203865028364";

    private Map<String, String> addRegion(String code, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("addForm", "addForm");
        form.put("addForm:code", code);
        form.put("addForm:name", "Forged " + code);
        form.put("addForm:country", "DK");
        form.put("addForm:add", "addForm:add");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    private int regionStatus(String code) {
        return api.get("api/v1/regions/" + code, Keycloak.accessToken("coordinator"))
                .status();
    }

    @Test
    void aFormPostWithoutTheSignersOwnViewStateChangesNothing() {
        FormSession victim = FormSession.signIn(address(), "coordinator");
        FormSession attacker = FormSession.signIn(address(), "coordinator2");
        String regions = "app/coordinator/regions.xhtml";
        HttpResponse<String> ownPage = victim.get(regions);
        String ownState = FormSession.viewState(ownPage.body());
        // PrimeFaces' script adds the page's nonce (in its Content-Security-Policy) to every form it sends.
        java.util.regex.Matcher ownNonce = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(ownPage.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(ownNonce.find());
        String attackersState = FormSession.viewState(attacker.get(regions).body());

        String missing = "DKM"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36)
                        .toUpperCase();
        HttpResponse<String> withoutState = victim.post(regions, addRegion(missing, null));
        assertEquals(200, withoutState.statusCode());
        assertFalse(withoutState.body().contains("Added region"), "a form without view state was acted on");
        assertEquals(404, regionStatus(missing));

        for (String state : List.of(FORGED, attackersState)) {
            String code = "DKF"
                    + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36)
                            .toUpperCase();
            HttpResponse<String> forged = victim.post(regions, addRegion(code, state));
            assertEquals(302, forged.statusCode(), forged.body());
            assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/error/expired.xhtml"));
            assertEquals(404, regionStatus(code));

            Map<String, String> ajax = new LinkedHashMap<>(addRegion(code, state));
            ajax.put("jakarta.faces.partial.ajax", "true");
            ajax.put("jakarta.faces.source", "addForm:add");
            ajax.put("jakarta.faces.partial.execute", "addForm");
            HttpResponse<String> forgedAjax = victim.post(regions, ajax, "Faces-Request", "partial/ajax");
            assertTrue(
                    forgedAjax.body().contains("<redirect") && forgedAjax.body().contains("error/expired.xhtml"),
                    forgedAjax.body());
            assertEquals(404, regionStatus(code));
        }

        String genuine = "DKG"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36)
                        .toUpperCase();
        Map<String, String> genuineForm = new LinkedHashMap<>(addRegion(genuine, ownState));
        genuineForm.put("primefaces.nonce", ownNonce.group(1));
        HttpResponse<String> own = victim.post(regions, genuineForm);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Added region " + genuine), "the genuine form was not acted on");
        assertEquals(200, regionStatus(genuine));
    }

    /** The regions page's import form sent with a generated file of {@code size} bytes, streamed. */
    private HttpResponse<String> uploadRegions(FormSession session, long size, boolean announced) {
        String page = session.get("app/coordinator/regions.xhtml").body();
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*type=\"file\"[^>]*>")
                .matcher(page);
        assertTrue(input.find(), "no file input");
        java.util.regex.Matcher name =
                java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
        assertTrue(name.find());
        String state = page.substring(page.indexOf("importForm"));
        String boundary = "----hostile" + System.nanoTime();
        String head = part(boundary, "importForm", "importForm") + part(boundary, "importForm:import", "")
                + part(boundary, "jakarta.faces.ViewState", FormSession.viewState(state))
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.group(1)
                + "\"; filename=\"regions.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                        new java.io.ByteArrayInputStream(headBytes),
                        HostileFiles.endless(size),
                        new java.io.ByteArrayInputStream(tailBytes)))));
        if (announced) {
            body = HttpRequest.BodyPublishers.fromPublisher(body, headBytes.length + size + tailBytes.length);
        }
        return session.send(HttpRequest.newBuilder(java.net.URI.create(address() + "app/coordinator/regions.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Test
    void pageUploadsOverTheLimitAreRefusedWithAMessage() {
        FormSession coordinator = FormSession.signIn(address(), "coordinator");
        String before = org.regindex.testsupport.TestDatabase.codebookRowCounts();

        for (long size : List.of(11L << 20, 200L << 20)) {
            HttpResponse<String> reply = timedUpload(coordinator, size, true);
            assertEquals(413, reply.statusCode());
            assertTrue(
                    reply.body()
                            .contains(
                                    "The file is larger than 10 MB, the most this server accepts. Nothing was imported."),
                    reply.body());
        }
        assertEquals(before, org.regindex.testsupport.TestDatabase.codebookRowCounts());
    }

    private HttpResponse<String> timedUpload(FormSession session, long size, boolean announced) {
        long start = System.nanoTime();
        HttpResponse<String> reply = uploadRegions(session, size, announced);
        System.out.printf(
                "[hostile] page upload of %d MB%s: %d in %d ms; %s%n",
                size >> 20,
                announced ? "" : ", chunked",
                reply.statusCode(),
                (System.nanoTime() - start) / 1_000_000,
                HostileInputIT.ServerMemory.describe());
        return reply;
    }

    @Test
    void theApiIgnoresThePagesSessionCookie() {
        FormSession signedIn = FormSession.signIn(address(), "coordinator");
        String code = "DKC"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36)
                        .toUpperCase();
        HttpResponse<String> reply =
                signedIn.send(HttpRequest.newBuilder(java.net.URI.create(address() + "api/v1/regions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"code\":\"" + code + "\",\"name\":\"Via cookie\",\"country\":\"DK\"}")));
        assertEquals(401, reply.statusCode(), reply.body());
        assertEquals(404, regionStatus(code));
    }
}
