package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.PrimeFaces;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * A coordinator works with releases in the browser: freezes the approved questionnaire of a round whose
 * other region is still in progress, checks the draft against the API, downloads it, publishes and
 * withdraws it; reads a correction's changelog and compares it with the release it corrects.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasePagesIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private Api api;
    private String coordinator;
    private Rounds.Round round;
    private final String run = Integer.toString(
                    ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36)
            .substring(1)
            .toUpperCase(Locale.ROOT);

    @BeforeEach
    void oneApprovedRegionAndOneInProgress() throws IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        Api.Reply started = api.putJson(
                "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB() + "/answers/ADI-ACR-01",
                Keycloak.accessToken("expert2"),
                "{\"option\":\"b\",\"justification\":\"Started.\",\"sources\":[{\"citation\":\"Plan\"}],"
                        + "\"version\":0}");
        assertEquals(200, started.status(), started.body());
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.screenshot(
                browser, "ReleasePagesIT-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void aCoordinatorFreezesTheApprovedRegionThenPublishesAndWithdrawsTheRelease() throws IOException {
        signInAndOpen("app/coordinator/releases.xhtml");
        chooseCycle();
        WebElement approved = regionBox(round.regionA());
        WebElement inProgress = regionBox(round.regionB());
        assertTrue(approved.isEnabled() && approved.isSelected(), "the approved region is chosen");
        assertFalse(inProgress.isEnabled() || inProgress.isSelected(), "the region in progress cannot be chosen");
        assertTrue(regionLabel(inProgress).endsWith("not approved yet (in progress)"), regionLabel(inProgress));
        assertTrue(regionLabel(approved).endsWith(": approved"), regionLabel(approved));
        String title = "Release pages " + run;
        type("freezeForm:title", title);
        Browser.screenshot(browser, "release-freeze-form");
        browser.findElement(By.id("freezeForm:freeze")).click();

        Browser.waitUpTo(browser, 30).until(ExpectedConditions.urlContains("release.xhtml?version="));
        String version = browser.getCurrentUrl().replaceFirst(".*version=", "");
        PrimeFaces.awaitMessage(browser, "Froze release " + version + " of cycle " + round.cycle() + " as a draft.");
        assertEquals(
                "Release " + version + ": " + title,
                browser.findElement(By.id("release-title")).getText());
        assertEquals("Draft", text("state"));
        assertEquals(
                "CC-BY-4.0 (Creative Commons Attribution 4.0 International)", text("licence"), "the default licence");
        JsonObject listed =
                api.get("api/v1/releases/" + version, coordinator).json().asJsonObject();
        assertEquals(listed.getString("digest"), text("digest"), "the page shows the whole digest");

        List<List<String>> rows = summaryRows();
        assertEquals(1, rows.size(), "only the approved region is in the release");
        assertEquals(round.regionA() + " Region " + round.regionA(), rows.get(0).get(1));
        assertEquals("1", rows.get(0).get(0));
        assertEquals(
                0,
                overallFromJsonDownload(version, round.regionA())
                        .compareTo(new BigDecimal(rows.get(0).get(2))),
                "the overall score is the one in the JSON download");
        assertEquals("72 / 72", rows.get(0).get(3));
        assertTrue(
                text("citation").contains("(Version " + version + ")")
                        && text("citation").contains(listed.getString("digest")),
                text("citation"));
        assertTrue(text("bibtex").startsWith("@dataset{"), text("bibtex"));

        Path downloads = Files.createTempDirectory("release-downloads-");
        Browser.downloadInto(browser, downloads);
        browser.findElement(By.cssSelector(".download-CSV_LONG")).click();
        Path csv = downloads.resolve("regindex-" + round.cycle() + "-" + version + "-answers.csv");
        Browser.waitUpTo(browser, 30).until(driver -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(1 + 72, lines.size(), "a header and one row per indicator of the one region");
        assertTrue(
                lines.get(1).startsWith(version + "," + listed.getString("digest") + "," + round.regionA()),
                lines.get(1));
        scrollTo("release-title");
        Browser.screenshot(browser, "release-page-draft");

        browser.findElement(By.id("actionsForm:publish")).click();
        confirm("Publishing is irreversible");
        PrimeFaces.awaitMessage(browser, "Published release " + version + ".");
        Browser.waitUpTo(browser, 20).until(driver -> "Published".equals(text("state")));
        assertEquals(
                "PUBLISHED",
                api.get("api/v1/releases/" + version, null)
                        .json()
                        .asJsonObject()
                        .getString("state"));
        assertFalse(text("published").isEmpty());

        String reason = "The scores of " + round.regionA() + " were computed from a draft codebook.";
        type("actionsForm:reason", reason);
        browser.findElement(By.id("actionsForm:withdraw")).click();
        confirm("Withdrawing is irreversible");
        PrimeFaces.awaitMessage(browser, "Withdrew release " + version + ".");
        Browser.waitUpTo(browser, 20).until(driver -> "Withdrawn".equals(text("state")));
        assertEquals(reason, text("withdrawn-reason"));
        assertTrue(browser.findElements(By.id("summaryForm:summary")).isEmpty(), "a withdrawn release offers no data");
        assertEquals(
                reason,
                api.get("api/v1/releases/" + version, null)
                        .json()
                        .asJsonObject()
                        .getString("withdrawnReason"));
        Browser.screenshot(browser, "release-page-withdrawn");

        browser.findElement(By.linkText("All releases")).click();
        WebElement row = Browser.waitUpTo(browser, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//tbody[@id='releasesForm:releases_data']/tr[td[1][normalize-space()='" + version + "']]")));
        assertTrue(row.getText().contains("Withdrawn"), row.getText());
        assertEquals(
                listed.getString("digest"),
                row.findElement(By.cssSelector("abbr.digest")).getAttribute("title"));
    }

    @Test
    void freezingWhileTheCycleHasADraftIsRefusedWithAMessageAndTheDraftCanBeDiscarded() {
        String draft = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                .json()
                .asJsonObject()
                .getString("version");
        signInAndOpen("app/coordinator/releases.xhtml");
        chooseCycle();
        browser.findElement(By.id("freezeForm:freeze")).click();
        PrimeFaces.awaitMessage(browser, "Release " + draft + " of this cycle is still a draft");
        assertTrue(browser.getCurrentUrl().contains("releases.xhtml"), "the page stays");

        browser.findElement(By.linkText(draft)).click();
        Browser.waitUpTo(browser, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("actionsForm:discard")))
                .click();
        confirm("Its frozen content is deleted.");
        PrimeFaces.awaitMessage(browser, "Discarded the draft release " + draft + ".");
        assertTrue(browser.getCurrentUrl().contains("releases.xhtml"), browser.getCurrentUrl());
        assertEquals(404, api.get("api/v1/releases/" + draft, coordinator).status());
    }

    @Test
    void aCorrectionShowsItsChangelogAndComparesWithTheReleaseItCorrects() {
        String first = api.postJson(
                        "api/v1/cycles/" + round.cycle() + "/releases",
                        coordinator,
                        "{\"title\":\"First " + run + "\"}")
                .json()
                .asJsonObject()
                .getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + first + "/publish", coordinator, "")
                        .status());
        round.approve(round.regionB(), "expert2", "reviewer2", "b");
        round.correct(
                round.regionA(), "expert1", "reviewer1", "ADI-ACR-01", "b", "Corrected.", "[{\"citation\":\"Plan\"}]");
        String second = api.postJson(
                        "api/v1/cycles/" + round.cycle() + "/releases",
                        coordinator,
                        "{\"title\":\"Second " + run + "\"}")
                .json()
                .asJsonObject()
                .getString("version");

        signInAndOpen("app/coordinator/release.xhtml?version=" + second);
        assertEquals("Release " + first, text("corrects"));
        assertTrue(text("changelog").contains("Region added: " + round.regionB()), text("changelog"));
        assertTrue(text("changelog").contains("Answer " + round.regionA() + " ADI-ACR-01: a ("), text("changelog"));
        assertEquals(
                List.of(round.regionA(), round.regionB()),
                summaryRows().stream().map(row -> row.get(1).split(" ")[0]).toList(),
                "best rank first: A answered a everywhere but once, B answered b everywhere");
        sortSummaryBy("Labour market");
        assertEquals(round.regionB(), summaryRows().get(0).get(1).split(" ")[0], "sorted by a category, lowest first");

        PrimeFaces.choose(browser, "compareForm:other", first + ": First " + run + " (published)");
        browser.findElement(By.id("compareForm:compare")).click();
        PrimeFaces.settle(browser);
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-summary")));
        assertEquals("From release " + first + " to release " + second, text("diff-heading"));
        assertEquals(round.regionB(), text("regions-added"));
        String summary = text("diff-summary");
        assertTrue(
                summary.startsWith("1 region added, 0 removed; 1 answer, ")
                        && summary.endsWith(" and 0 ranks changed."),
                summary);
        List<List<String>> answers = rows("compareForm:answers");
        assertEquals(1, answers.size());
        assertEquals(List.of(round.regionA(), "ADI-ACR-01"), answers.get(0).subList(0, 2));
        assertTrue(
                answers.get(0)
                        .get(2)
                        .matches(
                                "a \\(\\d+\\), 1 source\\W+changed to\\s+b \\(\\d+\\), 1 source, justification revised"),
                answers.get(0).get(2));
        assertTrue(
                rows("compareForm:scores").stream()
                        .anyMatch(row -> row.equals(List.of(round.regionA(), "Overall", row.get(2)))),
                "the overall score of the changed region moved");
        scrollTo("compare-heading");
        Browser.screenshot(browser, "release-page-compare");
    }

    private void signInAndOpen(String path) {
        browser.get(TestEnvironment.onLocalhost(base) + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("coordinator");
        browser.findElement(By.id("password")).sendKeys("coordinator");
        browser.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    }

    private void chooseCycle() {
        String name = api.get("api/v1/cycles/" + round.cycle(), coordinator)
                .json()
                .asJsonObject()
                .getString("name");
        PrimeFaces.choose(browser, "freezeForm:cycle", round.cycle() + ": " + name);
        // Two boxes of a cycle shown before the AJAX update may still be there (it failed so once): wait for this
        // cycle's.
        Browser.waitUpTo(browser, 20)
                .until(driver -> driver.findElements(By.cssSelector("[id='freezeForm:regions'] input[type=checkbox]"))
                                        .size()
                                == 2
                        && !driver.findElements(By.cssSelector("[id='freezeForm:regions'] input[type=checkbox][value='"
                                        + round.regionA() + "']"))
                                .isEmpty());
    }

    private WebElement regionBox(String region) {
        return browser.findElement(
                By.cssSelector("[id='freezeForm:regions'] input[type=checkbox][value='" + region + "']"));
    }

    private String regionLabel(WebElement box) {
        return browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                .getText();
    }

    private void confirm(String message) {
        WebElement dialog = Browser.waitUpTo(browser, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(dialog.getText().contains(message), dialog.getText());
        browser.findElement(By.id("confirmYes")).click();
    }

    private BigDecimal overallFromJsonDownload(String version, String region) {
        JsonObject json = Json.createReader(new ByteArrayInputStream(
                        api.download("api/v1/releases/" + version + "/download/json", coordinator)))
                .readObject();
        return json.getJsonObject("content").getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .filter(score -> score.getString("region").equals(region)
                        && score.getString("axis").isEmpty())
                .findFirst()
                .orElseThrow()
                .getJsonNumber("score")
                .bigDecimalValue();
    }

    private List<List<String>> summaryRows() {
        return rows("summaryForm:summary");
    }

    private List<List<String>> rows(String tableId) {
        return browser.findElements(By.cssSelector("tbody[id='" + tableId + "_data'] > tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(cell -> cell.getText().strip())
                        .toList())
                .toList();
    }

    private void sortSummaryBy(String header) {
        browser.findElement(By.xpath(
                        "//*[@id='summaryForm:summary']//th//span[@class='ui-column-title' and normalize-space()='"
                                + header + "']"))
                .click();
        PrimeFaces.settle(browser);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(By.id(id)));
    }
}
