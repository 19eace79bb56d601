package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.PrimeFaces;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.TestEnvironment;

/**
 * A coordinator sets up a round in the browser: imports a codebook (first a broken file, then the
 * reference one), reads it, creates a cycle on it and assigns its experts and reviewers. Every run
 * uses its own codes, so the tests need no empty database and no order.
 */
@ExtendWith(ArquillianExtension.class)
class CodebookSetupIT {

    static final Path REFERENCE = Path.of("src/main/resources/reference/reference-codebook.csv");

    /** A duplicate indicator code (row 3), a score of 120 (row 4), a missing category (row 5). */
    static final String BROKEN_CODEBOOK = """
            indicator,question,guidance,not_applicable,Policy area [policy_area],Target population [target_population],\
            option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score
            BAD-01,Question one?,,no,Labour market [LAB],Third-country nationals [TCN],a,Yes,100,b,No,0
            BAD-01,Question two?,,no,Labour market [LAB],Third-country nationals [TCN],a,Yes,100,b,No,0
            BAD-02,Question three?,,no,Education [EDU],Third-country nationals [TCN],a,Yes,120,b,No,0
            BAD-03,Question four?,,no,,Third-country nationals [TCN],a,Yes,100,b,No,0
            """;

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private Api api;
    private final String run = Integer.toString(
                    ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36)
            .substring(1)
            .toUpperCase(Locale.ROOT);

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        api = new Api(base);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.screenshot(
                browser, "CodebookSetupIT-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void aBrokenCodebookIsRefusedWithEveryProblemListedThenTheReferenceCodebookImportsAndReads() throws IOException {
        String code = "ui-" + run.toLowerCase(Locale.ROOT);
        signInAndOpen("app/coordinator/codebooks.xhtml");
        int versionsBefore = codebookRows().size();

        Path broken = Files.createTempFile("broken-codebook-", ".csv");
        Files.writeString(broken, BROKEN_CODEBOOK, StandardCharsets.UTF_8);
        importCodebook(code, "Reference codebook " + run, broken);

        PrimeFaces.awaitMessage(browser, "Nothing was imported: the file has 4 problems.");
        assertEquals(
                "4 problems were found; nothing was imported.",
                browser.findElement(By.id("problems-summary")).getText());
        String sheet = broken.getFileName().toString();
        assertEquals(
                List.of(
                        List.of(
                                sheet,
                                "3",
                                "A (indicator)",
                                "The indicator code BAD-01 is used twice (also on row 2)."),
                        List.of(
                                sheet,
                                "4",
                                "I (option_1_score)",
                                "The score 120 is out of range: scores go from 0 to 100."),
                        List.of(
                                sheet,
                                "4",
                                "G (option_1_code)",
                                "The indicator has 1 answer option; it needs at least two."),
                        List.of(
                                sheet,
                                "5",
                                "E (Policy area [policy_area])",
                                "The category on axis policy_area is missing: every indicator has one category on each axis.")),
                cells(By.cssSelector("#problems tbody tr")));
        assertEquals(versionsBefore, codebookRows().size(), "the refused file added no codebook version");
        assertTrue(browser.findElements(codebookRow(code)).isEmpty());
        Browser.screenshot(browser, "codebook-problem-list");

        importCodebook(code, "Reference codebook " + run, REFERENCE);
        assertEquals("Imported " + code + " v1: 72 indicators.", PrimeFaces.awaitMessage(browser, "72 indicators"));
        assertTrue(browser.findElements(By.id("problems")).isEmpty(), "no problem list after a good file");
        assertEquals(versionsBefore + 1, codebookRows().size());
        WebElement row = browser.findElement(codebookRow(code));
        assertEquals(
                List.of(code, "v1", "Reference codebook " + run, "72"),
                row.findElements(By.tagName("td")).stream()
                        .limit(4)
                        .map(WebElement::getText)
                        .toList());

        Path downloads = Files.createTempDirectory("downloads-");
        Browser.downloadInto(browser, downloads);
        row.findElement(By.cssSelector(".export-csv")).click();
        Path exported = downloads.resolve(code + "-v1.csv");
        Browser.waitUpTo(browser, 30).until(driver -> Files.exists(exported));
        assertEquals(
                72,
                CodebookLayout.read(Spreadsheets.read(
                                exported.getFileName().toString(), Files.readAllBytes(exported), CodebookLayout.SHEET))
                        .indicators()
                        .size(),
                "the exported CSV reads back as the same 72 indicators");

        browser.findElement(codebookRow(code)).findElement(By.linkText("Open")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("count")));
        assertEquals(
                code + " v1: Reference codebook " + run,
                browser.findElement(By.tagName("h1")).getText());
        assertEquals("72 of 72 indicators", count());

        search("ADI-ACR-01");
        awaitCount("1 of 72 indicators");
        assertEquals(List.of("ADI-ACR-01"), indicatorCodes());

        search("burial");
        awaitCount("1 of 72 indicators");
        assertEquals(List.of("CUL-ACR-02"), indicatorCodes(), "found by a word of its question");

        browser.findElement(By.id("browser:clear")).click();
        awaitCount("72 of 72 indicators");
        PrimeFaces.choose(browser, "browser:axes:0:category", "Housing [HOU]");
        awaitCount("9 of 72 indicators");
        for (List<String> indicator : cells(indicatorRows())) {
            assertTrue(indicator.get(1).startsWith("HOU-"), indicator.toString());
            assertEquals("Housing", indicator.get(3));
        }

        browser.findElement(indicatorRows())
                .findElement(By.cssSelector(".ui-row-toggler"))
                .click();
        PrimeFaces.settle(browser);
        WebElement detail = Browser.waitUpTo(browser, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".indicator-detail")));
        assertTrue(detail.findElement(By.cssSelector(".guidance"))
                .getText()
                .startsWith("Look for regional housing councils"));
        assertEquals("No", detail.findElement(By.cssSelector(".not-applicable")).getText());
        assertEquals(
                "Answer options of HOU-ACR-01",
                detail.findElement(By.tagName("caption")).getText());
        assertEquals(
                List.of(
                        List.of("a", "Yes, they are consulted and their input is documented", "100"),
                        List.of("b", "Consultation is general, occasional or undocumented", "50"),
                        List.of("c", "They are not consulted", "0")),
                cells(By.cssSelector(".indicator-detail .options-table tbody tr")));
        scrollTo(detail);
        Browser.screenshot(browser, "codebook-browser");
    }

    @Test
    void aCoordinatorCreatesACycleAssignsAnExpertAndAReviewerAndSeesThemOnTheDashboard() throws IOException {
        String codebook = importReferenceCodebookThroughTheApi();
        String regionA = "XA" + run;
        String regionB = "XB" + run;
        signInAndOpen("app/coordinator/regions.xhtml");
        type("addForm:code", regionA);
        type("addForm:name", "Region A " + run);
        type("addForm:country", "XA");
        browser.findElement(By.id("addForm:add")).click();
        PrimeFaces.awaitMessage(browser, "Added region " + regionA + " Region A " + run + ".");
        Path regions = Files.createTempFile("regions-", ".csv");
        Files.writeString(
                regions, "code,name,country\n" + regionB + ",Region B " + run + ",XB\n", StandardCharsets.UTF_8);
        PrimeFaces.chooseFile(browser, "importForm", regions);
        browser.findElement(By.id("importForm:import")).click();
        PrimeFaces.awaitMessage(browser, "Imported 1 region.");

        String cycle = "UI-" + run;
        browser.get(page("app/coordinator/cycles.xhtml"));
        type("createForm:code", cycle);
        type("createForm:name", "Round " + run);
        PrimeFaces.choose(browser, "createForm:codebook", codebook + " v1: Cycle codebook " + run);
        LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        type("createForm:deadline_input", deadline.toString());
        browser.findElement(By.id("createForm:deadline_input")).sendKeys(Keys.ESCAPE);
        // The date picker's panel may still be open over the region boxes (it took a click once, and with a
        // deadline in the next year a click did not close it): close it first, as a person would, by clicking away.
        for (int attempt = 0; attempt < 3 && deadlinePanelShown(); attempt++) {
            browser.findElement(By.tagName("h1")).click();
            try {
                Browser.waitUpTo(browser, 3)
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("createForm:deadline_panel")));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                browser.findElement(By.id("createForm:deadline_input")).sendKeys(Keys.ESCAPE);
            }
        }
        if (deadlinePanelShown()) {
            // The typed date is in the field either way; the panel only hides the boxes under it.
            ((JavascriptExecutor) browser)
                    .executeScript("document.getElementById('createForm:deadline_panel').style.display = 'none';");
        }
        keepOnlyRegions(Set.of(regionA, regionB));
        browser.findElement(By.id("createForm:create")).click();
        PrimeFaces.awaitMessage(browser, "Created cycle " + cycle + " with 2 regions on " + codebook + " v1.");

        browser.findElement(By.linkText(cycle)).click();
        Browser.waitUpTo(browser, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardForm:dashboard")));
        assertEquals(
                "Cycle " + cycle + ": Round " + run,
                browser.findElement(By.tagName("h1")).getText());
        assign(regionA + " Region A " + run, "expert1", "expert");
        PrimeFaces.awaitMessage(browser, "expert1 is expert of " + regionA + ".");
        assign(regionA + " Region A " + run, "reviewer1", "reviewer");
        PrimeFaces.awaitMessage(browser, "reviewer1 is reviewer of " + regionA + ".");

        String daysLeft = "30 days left";
        assertEquals(
                List.of(
                        List.of(
                                "Under way",
                                regionA + " Region A " + run,
                                "expert1",
                                "reviewer1",
                                "Not started",
                                "0%",
                                "0",
                                "0",
                                daysLeft),
                        List.of(
                                "Under way",
                                regionB + " Region B " + run,
                                "",
                                "",
                                "Not started",
                                "0%",
                                "0",
                                "0",
                                daysLeft)),
                cells(dashboardRows()));

        assign(regionA + " Region A " + run, "expert1", "reviewer");
        String refusal = PrimeFaces.awaitMessage(browser, "cannot be expert and reviewer");
        assertEquals(
                "expert1 is the expert of " + regionA + " in cycle " + cycle
                        + "; a person cannot be expert and reviewer of the same region.",
                refusal);
        assertTrue(browser.findElement(By.cssSelector("#messages .ui-messages-error"))
                .getText()
                .contains(refusal));
        assertEquals("reviewer1", cells(dashboardRows()).get(0).get(3), "the refused assignment changed nothing");

        Api.Reply answered = api.putJson(
                "api/v1/cycles/" + cycle + "/questionnaires/" + regionA + "/answers/ADI-ACR-01",
                Keycloak.accessToken("expert1"),
                "{\"option\":\"a\",\"justification\":\"Regional equality office.\","
                        + "\"sources\":[{\"citation\":\"Founding act\",\"url\":\"\"}],\"version\":0}");
        assertEquals(200, answered.status(), answered.body());
        browser.navigate().refresh();
        Browser.waitUpTo(browser, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardForm:dashboard")));
        assertEquals(
                List.of("In progress", "1%"),
                cells(dashboardRows()).get(0).subList(4, 6),
                "the expert's first answer shows on the dashboard (1 of 72 indicators)");

        scrollTo(browser.findElement(By.id("dashboard-heading")));
        Browser.screenshot(browser, "cycle-dashboard");
        sortDashboardBy("Region");
        sortDashboardBy("Region");
        assertEquals(
                List.of(regionB, regionA),
                cells(dashboardRows()).stream()
                        .map(row -> row.get(1).split(" ")[0])
                        .toList());
        WebElement expertFilter = browser.findElement(
                By.xpath("//*[@id='dashboardForm:dashboard']//th[.//span[normalize-space()='Experts']]//input"));
        expertFilter.sendKeys("expert1");
        Browser.waitUpTo(browser, 10).until(driver -> cells(dashboardRows()).size() == 1);
        assertEquals(regionA + " Region A " + run, cells(dashboardRows()).get(0).get(1));
    }

    @Test
    void aStaleSaveOfACycleShowsTheNewerValuesAndKeepsWhatWasTyped() throws IOException {
        String token = Keycloak.accessToken("coordinator");
        String cycle = new Rounds(api).create().cycle();
        signInAndOpen("app/coordinator/cycle.xhtml?code=" + cycle);
        type("cycleForm:name", "Typed on the page");

        int version =
                api.get("api/v1/cycles/" + cycle, token).json().asJsonObject().getInt("version");
        assertEquals(
                200,
                api.putJson(
                                "api/v1/cycles/" + cycle,
                                token,
                                "{\"name\":\"Changed elsewhere\",\"deadline\":\"2030-02-28\",\"version\":" + version
                                        + "}")
                        .status());
        browser.findElement(By.id("cycleForm:save")).click();
        String stale = PrimeFaces.awaitMessage(browser, "was changed by someone else meanwhile");
        assertTrue(stale.contains("it is now \"Changed elsewhere\", deadline 2030-02-28"), stale);
        assertEquals(
                "Typed on the page",
                browser.findElement(By.id("cycleForm:name")).getAttribute("value"));

        browser.get(page("app/coordinator/cycle.xhtml?code=" + cycle));
        assertEquals(
                "Changed elsewhere",
                browser.findElement(By.id("cycleForm:name")).getAttribute("value"));
        browser.findElement(By.id("cycleForm:toggleOpen")).click();
        PrimeFaces.awaitMessage(browser, "Cycle " + cycle + " is closed.");
        assertEquals("Closed", browser.findElement(By.id("status")).getText());
        type("cycleForm:name", "Renamed after closing");
        browser.findElement(By.id("cycleForm:save")).click();
        PrimeFaces.awaitMessage(browser, "Saved cycle " + cycle + ".");
        assertEquals(
                "Cycle " + cycle + ": Renamed after closing",
                browser.findElement(By.tagName("h1")).getText(),
                "closing the cycle on this page does not make the page's own form stale");
    }

    @Test
    void aCoordinatorGivesReviewingItsOwnDeadlineAsksForRemindersAndRemindsTheExpertsByHand() throws IOException {
        Rounds.Round round = new Rounds(api).create();
        signInAndOpen("app/coordinator/cycle.xhtml?code=" + round.cycle());
        type("cycleForm:reminderDays", "5");
        type("cycleForm:reviewDeadline_input", "2027-07-15");
        browser.findElement(By.id("cycleForm:reviewDeadline_input")).sendKeys(Keys.ESCAPE);
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('.ui-datepicker').forEach(p => p.style.display = 'none');");
        browser.findElement(By.id("cycleForm:save")).click();
        PrimeFaces.awaitMessage(browser, "Saved cycle " + round.cycle() + ".");
        assertTrue(
                browser.findElement(By.className("cycle-facts")).getText().contains("review by 2027-07-15"),
                browser.findElement(By.className("cycle-facts")).getText());
        JsonObject schedule = api.get("api/v1/cycles/" + round.cycle(), Keycloak.accessToken("coordinator"))
                .json()
                .asJsonObject()
                .getJsonObject("schedule");
        assertEquals("2027-07-15", schedule.getString("reviewDeadline"));
        assertEquals(5, schedule.getInt("reminderDaysBefore"));
        assertTrue(schedule.get("approvalDeadline") == null, "left empty: approval follows the review deadline");

        scrollTo(browser.findElement(By.id("reminders-heading")));
        assertTrue(browser.findElement(By.id("remindersForm:sentReminders"))
                .getText()
                .contains("No automatic reminder has been sent yet."));
        browser.findElement(By.cssSelector("#remindersForm .remind-SUBMISSION")).click();
        PrimeFaces.awaitMessage(browser, "2 people reminded.");
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'REMINDER_SENT' and cycle_code = ?",
                        round.cycle()));
    }

    private String page(String path) {
        return TestEnvironment.onLocalhost(base) + path;
    }

    private void signInAndOpen(String path) {
        browser.get(page(path));
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("coordinator");
        browser.findElement(By.id("password")).sendKeys("coordinator");
        browser.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    }

    private String importReferenceCodebookThroughTheApi() {
        String code = "ui-" + run.toLowerCase(Locale.ROOT) + "-"
                + ThreadLocalRandom.current().nextInt(1000);
        try {
            Api.Reply reply = api.postBytes(
                    "api/v1/codebooks/" + code + "/imports?title=Cycle+codebook+" + run + "&fileName=reference.csv",
                    Keycloak.accessToken("coordinator"),
                    Files.readAllBytes(REFERENCE));
            assertEquals(201, reply.status(), reply.body());
            return code;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void importCodebook(String code, String title, Path file) {
        type("importForm:code", code);
        type("importForm:title", title);
        PrimeFaces.chooseFile(browser, "importForm", file);
        browser.findElement(By.id("importForm:import")).click();
    }

    private List<WebElement> codebookRows() {
        return browser.findElements(By.cssSelector("tbody[id='codebooksForm:codebooks_data'] > tr[data-ri]"));
    }

    private static By codebookRow(String code) {
        return By.xpath("//tbody[@id='codebooksForm:codebooks_data']/tr[td[1][normalize-space()='" + code + "']]");
    }

    private void search(String text) {
        type("browser:search", text);
        browser.findElement(By.id("browser:searchButton")).click();
    }

    private String count() {
        return browser.findElement(By.id("count")).getText();
    }

    private void awaitCount(String expected) {
        PrimeFaces.settle(browser);
        Browser.waitUpTo(browser, 10).until(driver -> expected.equals(count()));
    }

    private static By indicatorRows() {
        return By.cssSelector("tbody[id='browser:indicators_data'] > tr[data-ri]");
    }

    private List<String> indicatorCodes() {
        return cells(indicatorRows()).stream().map(row -> row.get(1)).toList();
    }

    private static By dashboardRows() {
        return By.cssSelector("tbody[id='dashboardForm:dashboard_data'] > tr[data-ri]");
    }

    private void sortDashboardBy(String header) {
        browser.findElement(By.xpath(
                        "//*[@id='dashboardForm:dashboard']//th//span[@class='ui-column-title' and normalize-space()='"
                                + header + "']"))
                .click();
        PrimeFaces.settle(browser);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /** The data cells of each row; the selection box and the link to the questionnaire are left out. */
    private List<List<String>> cells(By rows) {
        return browser.findElements(rows).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .filter(cell -> !cell.getAttribute("class").contains("ui-selection-column")
                                && !cell.getAttribute("class").contains("dashboard-open"))
                        .map(cell -> cell.getText().strip())
                        .toList())
                .toList();
    }

    private void keepOnlyRegions(Set<String> kept) {
        for (WebElement box : browser.findElements(By.cssSelector("[id='createForm:regions'] input[type=checkbox]"))) {
            if (box.isSelected() != kept.contains(box.getAttribute("value"))) {
                browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                        .click();
            }
        }
        for (WebElement box : browser.findElements(By.cssSelector("[id='createForm:regions'] input[type=checkbox]"))) {
            assertEquals(kept.contains(box.getAttribute("value")), box.isSelected(), box.getAttribute("value"));
        }
    }

    private void assign(String regionLabel, String username, String role) {
        PrimeFaces.choose(browser, "teamForm:assignRegion", regionLabel);
        type("teamForm:username", username);
        PrimeFaces.choose(browser, "teamForm:role", role);
        browser.findElement(By.id("teamForm:assign")).click();
        PrimeFaces.settle(browser);
    }

    private boolean deadlinePanelShown() {
        return browser.findElements(By.id("createForm:deadline_panel")).stream().anyMatch(WebElement::isDisplayed);
    }
}
