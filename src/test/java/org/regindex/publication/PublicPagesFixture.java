package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * What the public-page tests share: one round published once for all of them (a first release, its correction, a
 * withdrawn release and a draft), a browser per test, and helpers that read the pages and the open-data API.
 */
@ExtendWith(ArquillianExtension.class)
abstract class PublicPagesFixture {

    @ArquillianResource
    URL base;

    protected static final String RUN = Integer.toString(
                    ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36)
            .substring(1)
            .toUpperCase(Locale.ROOT);
    protected static final String SECRET = "Draft-only justification " + RUN;
    protected static final String REASON = "Withdrawn because the test says so " + RUN + ".";

    /** Made once for every class that extends this, and only read by the tests. */
    protected static Rounds.Round round;

    protected static String first;
    protected static String correction;
    protected static String withdrawn;
    protected static String draft;
    protected static String draftRegion;

    protected Api api;
    protected WebDriver browser;

    @BeforeEach
    void releasesOfEveryState() throws IOException {
        api = new Api(base);
        if (round == null) {
            String coordinator = Keycloak.accessToken("coordinator");
            round = new Rounds(api).create("PT", "AT");
            round.approve(round.regionA(), "expert1", "reviewer1", "a");
            round.approve(round.regionB(), "expert2", "reviewer2", "b");
            first = publish(round, "Public pages " + RUN);
            round.correct(
                    round.regionA(),
                    "expert1",
                    "reviewer1",
                    "ADI-ACR-01",
                    "b",
                    "Corrected after review.",
                    "[{\"citation\":\"Amended plan\",\"url\":\"https://example.org/amended\"}]");
            correction = publish(round, "Public pages " + RUN + " corrected");

            Rounds.Round gone = new Rounds(api).create();
            gone.approve(gone.regionA(), "expert1", "reviewer1", "b");
            withdrawn = publish(gone, "Withdrawn " + RUN);
            assertEquals(
                    200,
                    api.postJson(
                                    "api/v1/releases/" + withdrawn + "/withdraw",
                                    coordinator,
                                    "{\"reason\":\"" + REASON + "\"}")
                            .status());

            Rounds.Round secret = new Rounds(api).create();
            secret.approve(secret.regionA(), "expert1", "reviewer1", "a", SECRET);
            draftRegion = secret.regionA();
            draft = api.postJson(
                            "api/v1/cycles/" + secret.cycle() + "/releases",
                            coordinator,
                            "{\"title\":\"Secret " + RUN + "\"}")
                    .json()
                    .asJsonObject()
                    .getString("version");
        }
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    protected String publish(Rounds.Round of, String title) {
        String coordinator = Keycloak.accessToken("coordinator");
        Api.Reply frozen =
                api.postJson("api/v1/cycles/" + of.cycle() + "/releases", coordinator, "{\"title\":\"" + title + "\"}");
        assertEquals(201, frozen.status(), frozen.body());
        String version = frozen.json().asJsonObject().getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        return version;
    }

    /** A square boundary for region A (an import replaces it, so every test that needs a map may call this). */
    protected void giveRegionASquare() {
        String square =
                "{\"type\":\"Polygon\",\"coordinates\":[[[-8.9,38.5],[-8,38.5],[-8,39.2],[-8.9,39.2],[-8.9,38.5]]]}";
        Api.Reply imported = api.postBytes(
                "api/v1/regions/boundaries?fileName=map.geojson&attribution=Test+outlines+" + RUN,
                Keycloak.accessToken("coordinator"),
                ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\""
                                + round.regionA() + "\"},\"geometry\":" + square + "}]}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.body());
    }

    protected void assertFitsThePhone(String page) {
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, page + " is wider than the phone by " + overflow + " px: " + widest());
    }

    /** Opens an embed's absolute address and waits for its footer. */
    protected void openEmbed(String address) {
        browser.get(address);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("embed-source")));
    }

    /** The iframe's address in an "Embed this" snippet. */
    protected String embedAddress(String id) {
        String code = browser.findElement(By.id(id + "-code")).getAttribute("textContent");
        java.util.regex.Matcher src =
                java.util.regex.Pattern.compile("src=\"([^\"]+)\"").matcher(code);
        assertTrue(src.find(), code);
        return src.group(1).replace("&amp;", "&");
    }

    /** The elements that stick out on the right (not those a table's wrapper scrolls), to say what to fix. */
    protected Object widest() {
        return ((JavascriptExecutor) browser)
                .executeScript(
                        "const w = document.documentElement.clientWidth; return Array.from("
                                + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement.closest('.table-scroll')))"
                                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' ');");
    }

    protected List<String> publicPages() {
        return List.of(
                "",
                "explore/compare.xhtml?release=" + correction + "&axis=policy_area",
                "explore/region.xhtml?release=" + correction + "&region=" + round.regionA(),
                "explore/indicator.xhtml?release=" + correction + "&indicator=LAB-ACT-01",
                "explore/side-by-side.xhtml?release=" + correction,
                "explore/release.xhtml?version=" + correction,
                "explore/release.xhtml?version=" + first,
                "explore/release.xhtml?version=" + withdrawn,
                "explore/compare.xhtml");
    }

    protected void open(String path) {
        browser.get(TestEnvironment.onLocalhost(base) + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    protected void screenshot(String name) {
        Browser.screenshot(browser, getClass().getSimpleName() + "-" + name);
    }

    protected String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    protected List<List<String>> rows(String tableId) {
        return browser.findElements(By.cssSelector("table[id='" + tableId + "'] > tbody > tr")).stream()
                .map(row -> row.findElements(By.xpath("./th|./td")).stream()
                        .map(cell -> cell.getText().strip())
                        .toList())
                .toList();
    }

    protected List<String> headers() {
        return browser.findElements(By.cssSelector("#scores thead th")).stream()
                .map(th -> th.getText().strip())
                .toList();
    }

    protected List<String> regionsInTable() {
        return browser.findElements(By.cssSelector("#scores tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-region"))
                .toList();
    }

    protected String cell(String region, String header) {
        int column = headers().indexOf(header);
        assertTrue(column >= 0, header + " in " + headers());
        return browser.findElement(By.cssSelector("#scores tr[data-region='" + region + "']"))
                .findElements(By.xpath("./th|./td"))
                .get(column)
                .getText()
                .strip();
    }

    protected JsonObject regionScores(String version, String axis, String region) {
        return api
                .get("api/v1/releases/" + version + "/scores?axis=" + axis, null)
                .json()
                .asJsonObject()
                .getJsonArray("regions")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("region").equals(region))
                .findFirst()
                .orElseThrow();
    }

    protected String overall(String version, String region) {
        return oneDecimal(regionScores(version, "overall", region)
                .getJsonNumber("overall")
                .bigDecimalValue());
    }

    protected static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
