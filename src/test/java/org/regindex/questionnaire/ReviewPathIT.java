package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * The whole path in real browsers: expert1 submits, reviewer1 requests a change on one answer, expert1
 * fixes it and resubmits, reviewer1 sees what changed and accepts, the coordinator approves.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewPathIT {

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver signIn(String username, String path) {
        WebDriver browser = Browser.open();
        browsers.add(browser);
        browser.get(TestEnvironment.onLocalhost(base) + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        return browser;
    }

    private static WebElement indicator(WebDriver browser, String code) {
        return browser.findElement(By.id("ind-" + code));
    }

    private static void click(WebDriver browser, String idSuffix) {
        browser.findElement(By.cssSelector("[id$='" + idSuffix + "']")).click();
    }

    private static void waitForState(WebDriver browser, String state) {
        Browser.waitUpTo(browser, 20)
                .until(d -> d.findElement(By.id("q-state")).getText().equals(state));
    }

    @Test
    void fromSubmissionToApprovalInTheBrowser() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        String questionnaire = "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA();

        WebDriver expert = signIn("expert1", "app/home.xhtml");
        Browser.waitUpTo(expert, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("expertQuestionnaires")));
        expert.findElement(By.id("expertQuestionnaires"))
                .findElement(By.partialLinkText(round.regionA()))
                .click();
        Browser.waitUpTo(expert, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        click(expert, "submit");
        PrimeFaces.confirm(expert);
        waitForState(expert, "Submitted");

        WebDriver reviewer = signIn("reviewer1", questionnaire);
        Browser.waitUpTo(reviewer, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        WebElement asked = indicator(reviewer, "ADI-ACR-01");
        asked.findElement(By.cssSelector("[id$='commentText']")).sendKeys("Which body is it? Cite its founding act.");
        asked.findElement(By.cssSelector("[id$='requestChange']")).click();
        Browser.waitUpTo(reviewer, 20)
                .until(d -> indicator(d, "ADI-ACR-01")
                                .findElements(By.cssSelector(".q-badge"))
                                .size()
                        > 0);
        assertTrue(reviewer.findElement(By.id("qform:nextStep"))
                .getText()
                .startsWith("Next: send the questionnaire back with the answers you marked"));
        assertEquals(
                "Send back with 1 change request",
                reviewer.findElement(By.cssSelector("[id$='requestChanges']")).getText());
        click(reviewer, "requestChanges");
        assertTrue(PrimeFaces.confirm(reviewer).contains("with 1 change request?"));
        waitForState(reviewer, "Changes requested");

        expert.navigate().refresh();
        waitForState(expert, "Changes requested");
        String todo = expert.findElement(By.id("qform:todo")).getText();
        assertTrue(todo.contains("1 change request from your reviewer"), todo);
        assertTrue(todo.contains("ADI-ACR-01: Which body is it? Cite its founding act."), todo);
        assertTrue(
                expert.findElement(By.id("qform:nextStep")).getText().startsWith("Next: answer each change request"));
        WebElement answer = indicator(expert, "ADI-ACR-01");
        assertTrue(answer.getText().contains("Which body is it? Cite its founding act."));
        answer.findElement(By.cssSelector("[id$='commentText']"))
                .sendKeys("The equality office, decree 2022; source added.");
        answer.findElement(By.cssSelector("[id$='comment']")).click();
        Browser.waitUpTo(expert, 20)
                .until(d -> indicator(d, "ADI-ACR-01").getText().contains("decree 2022; source added."));
        WebElement justification = indicator(expert, "ADI-ACR-01").findElement(By.cssSelector("[id$='justification']"));
        justification.sendKeys(
                Keys.chord(Keys.CONTROL, "a"),
                "The equality office created by decree in 2022 investigates complaints.");
        indicator(expert, "ADI-ACR-01").findElement(By.cssSelector("h2")).click();
        Browser.waitUpTo(expert, 20)
                .until(d -> indicator(d, "ADI-ACR-01")
                        .findElement(By.cssSelector(".q-status"))
                        .getText()
                        .startsWith("Saved at"));
        waitForState(expert, "In progress");
        click(expert, "submit");
        PrimeFaces.confirm(expert);
        waitForState(expert, "Submitted");

        reviewer.navigate().refresh();
        waitForState(reviewer, "Submitted");
        String changes = reviewer.findElement(By.cssSelector("[id$='changes']")).getText();
        assertTrue(changes.contains("ADI-ACR-01"), changes);
        assertTrue(changes.contains("The equality office created by decree in 2022"), changes);
        assertTrue(changes.contains("The expert replied on ADI-ACR-01"), changes);
        Browser.screenshot(reviewer, "review-changes-since-last-review");
        click(reviewer, "resolve");
        Browser.waitUpTo(reviewer, 20)
                .until(d -> indicator(d, "ADI-ACR-01")
                        .findElements(By.cssSelector("h2 .q-badge"))
                        .isEmpty());
        click(reviewer, "accept");
        waitForState(reviewer, "Reviewed");

        WebDriver coordinator = signIn("coordinator", questionnaire);
        Browser.waitUpTo(coordinator, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        click(coordinator, "approve");
        waitForState(coordinator, "Approved");
        Browser.screenshot(coordinator, "review-approved");

        expert.get(TestEnvironment.onLocalhost(base) + "app/notifications.xhtml");
        String inbox = expert.findElement(By.cssSelector(".inbox")).getText();
        assertTrue(inbox.contains("sent back with change requests by Rafael Reviewer"), inbox);
        assertTrue(inbox.contains("approved by Clara Coordinator"), inbox);
        coordinator.get(TestEnvironment.onLocalhost(base) + "app/audit.xhtml?cycle=" + round.cycle());
        // Waited for as the other pages are: once in CI the events were not there yet when looked for at once.
        String audit = Browser.waitUpTo(coordinator, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='events']")))
                .getText();
        assertTrue(audit.contains("Clara Coordinator approved the questionnaire"), audit);
        assertTrue(audit.contains("Rafael Reviewer sent the questionnaire back with change requests"), audit);
        assertTrue(audit.contains("Elena Expert saved the answer"), audit);
        assertTrue(audit.contains("CET"), "times in the reader's zone, Europe/Brussels by default: " + audit);
        assertTrue(
                audit.contains("Justification")
                        && audit.contains("The equality office created by decree in 2022 investigates complaints."),
                "the saved answer as the field that changed: " + audit);
        assertTrue(!audit.contains("\"justification\""), "no stored JSON for a saved answer: " + audit);
        coordinator
                .findElement(By.xpath("//*[contains(@id,'events')]//a[contains(@href, '#ind-ADI-ACR-01')]"))
                .getText();
        assertEquals(
                1,
                api.get(
                                "api/v1/cycles/" + round.cycle() + "/audit?action=QUESTIONNAIRE_APPROVE",
                                Keycloak.accessToken("coordinator"))
                        .json()
                        .asJsonArray()
                        .size());
    }

    /**
     * The path in one language: a German-speaking expert changes an answer, submits, is sent back,
     * finds the change request in the to-do list, fixes it and submits again, and the page never shows the
     * English of its bundle.
     */
    @Test
    void anExpertAnswersIsSentBackFixesAndResubmitsInGerman() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        String path = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        WebDriver expert = signIn(
                "expert1",
                "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA() + "&lang=de");
        Browser.waitUpTo(expert, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertEquals("In Bearbeitung", expert.findElement(By.id("q-state")).getText());
        WebElement justification = indicator(expert, "ADI-ACR-01").findElement(By.cssSelector("[id$='justification']"));
        justification.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Die Gleichstellungsstelle vermittelt.");
        waitForStatus(expert, "ADI-ACR-01", "Gespeichert um");
        click(expert, "submit");
        assertTrue(PrimeFaces.confirm(expert).startsWith("Den Fragebogen einreichen?"));
        waitForState(expert, "Eingereicht");
        noEnglishOn(expert);

        String reviewer = Keycloak.accessToken("reviewer1");
        assertEquals(
                201,
                api.postJson(
                                path + "/answers/ADI-ACR-01/comments",
                                reviewer,
                                "{\"kind\":\"CHANGE_REQUESTED\",\"text\":\"Welches Gesetz gründet die Stelle?\"}")
                        .status());
        assertEquals(
                200,
                api.postJson(path + "/transitions", reviewer, "{\"transition\":\"REQUEST_CHANGES\"}")
                        .status());

        expert.navigate().refresh();
        waitForState(expert, "Änderungen angefordert");
        WebElement todo = expert.findElement(By.id("qform:todo"));
        assertTrue(
                todo.getText().contains("1 Änderungswunsch Ihrer Gutachterin oder Ihres Gutachters"), todo.getText());
        assertTrue(todo.getText().contains("ADI-ACR-01: Welches Gesetz gründet die Stelle?"), todo.getText());
        Browser.screenshot(expert, "questionnaire-to-do-de");
        noEnglishOn(expert);
        todo.findElement(By.linkText("ADI-ACR-01")).click();
        Browser.waitUpTo(expert, 15)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return document.getElementById('ind-ADI-ACR-01').contains(document.activeElement);")));
        justification = indicator(expert, "ADI-ACR-01").findElement(By.cssSelector("[id$='justification']"));
        justification.sendKeys(
                Keys.chord(Keys.CONTROL, "a"), "Die 2022 per Erlass gegründete Gleichstellungsstelle vermittelt.");
        waitForStatus(expert, "ADI-ACR-01", "Gespeichert um");
        waitForState(expert, "In Bearbeitung");
        click(expert, "submit");
        PrimeFaces.confirm(expert);
        waitForState(expert, "Eingereicht");
        Browser.screenshot(expert, "questionnaire-resubmitted-de");
        assertEquals(
                "SUBMITTED",
                api.get(path, Keycloak.accessToken("expert1"))
                        .json()
                        .asJsonObject()
                        .getString("state"));
    }

    @Test
    void theCoordinatorSeesEveryOpenQueryOfTheCycleAndFiltersThem() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        String questionnaire = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        assertEquals(
                200,
                api.postJson(
                                questionnaire + "/transitions",
                                Keycloak.accessToken("expert1"),
                                "{\"transition\":\"SUBMIT\"}")
                        .status());
        String[][] comments = {
            {"reviewer1", "ADI-ACR-01", "CHANGE_REQUESTED", "Cite the decree."},
            {"reviewer1", "LAB-ACT-01", "COMMENT", "Is the plan still in force?"},
            {"expert1", "EDU-RES-01", "COMMENT", "The ministry has not answered yet."}
        };
        for (String[] comment : comments) {
            assertEquals(
                    201,
                    api.postJson(
                                    questionnaire + "/answers/" + comment[1] + "/comments",
                                    Keycloak.accessToken(comment[0]),
                                    "{\"kind\":\"" + comment[2] + "\",\"text\":\"" + comment[3] + "\"}")
                            .status());
        }

        WebDriver coordinator = signIn("coordinator", "app/coordinator/cycle.xhtml?code=" + round.cycle());
        Browser.waitUpTo(coordinator, 30).until(ExpectedConditions.elementToBeClickable(By.id("openQueries")));
        coordinator.findElement(By.id("openQueries")).click();
        Browser.waitUpTo(coordinator, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("median")));
        List<String> rows = rows(coordinator);
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).contains("ADI-ACR-01") && rows.get(0).contains("Change request"), rows.get(0));
        assertTrue(rows.get(0).contains("reviewer1") && rows.get(0).contains("Expert: expert1"), rows.get(0));
        assertTrue(rows.get(1).contains("LAB-ACT-01") && rows.get(1).contains("Unanswered comment"), rows.get(1));
        assertTrue(rows.get(2).contains("EDU-RES-01") && rows.get(2).contains("Reviewer: reviewer1"), rows.get(2));
        assertTrue(rows.get(0).contains("0 hours"), "open for less than an hour: " + rows.get(0));
        assertEquals(
                "No change request of this cycle has been resolved yet.",
                coordinator.findElement(By.id("median")).getText());
        Browser.screenshot(coordinator, "open-queries");

        WebElement indicatorFilter = coordinator
                .findElements(By.cssSelector("th input.ui-column-filter"))
                .get(1);
        indicatorFilter.sendKeys("EDU");
        Browser.waitUpTo(coordinator, 20).until(d -> rows(d).size() == 1);
        assertTrue(rows(coordinator).get(0).contains("EDU-RES-01"));
    }

    private static List<String> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id$='queries_data'] tr")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.contains("Nothing waits"))
                .toList();
    }

    private static void waitForStatus(WebDriver browser, String code, String start) {
        Browser.waitUpTo(browser, 20)
                .until(d -> indicator(d, code)
                        .findElement(By.cssSelector(".q-status"))
                        .getText()
                        .startsWith(start));
    }

    /**
     * The page's own words are German: none of the English labels of its bundle is left on it. The codebook's
     * questions, guidance and options, and the original offered a click away, are left out: their language is the
     * codebook's.
     */
    private static void noEnglishOn(WebDriver browser) {
        String page = String.valueOf(((JavascriptExecutor) browser)
                .executeScript("var main = document.querySelector('main').cloneNode(true);"
                        + " main.querySelectorAll('script, .q-indicator h2, .q-guidance, .q-original, .ui-selectoneradio label')"
                        + ".forEach(function (e) { e.remove(); });"
                        + " return main.innerText;"));
        for (String english : List.of(
                "Justification", "Submit", "Sources", "Saved at", "To do", "Comment", "Not applicable", "complete")) {
            assertTrue(!page.contains(english), "\"" + english + "\" is English on a German page");
        }
    }

    @Test
    void theDashboardCountsPutsWhatNeedsTheCoordinatorFirstAndTheirHomeSaysSo() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        String coordinatorToken = Keycloak.accessToken("coordinator");
        JsonObject cycle = api.get("api/v1/cycles/" + round.cycle(), coordinatorToken)
                .json()
                .asJsonObject();
        Api.Reply late = api.putJson(
                "api/v1/cycles/" + round.cycle(),
                coordinatorToken,
                "{\"name\":\"" + cycle.getString("name") + "\",\"deadline\":\""
                        + LocalDate.now().minusDays(3) + "\",\"blindReview\":false,\"version\":"
                        + cycle.getInt("version") + "}");
        assertEquals(200, late.status(), late.body());
        round.approve(round.regionB(), "expert2", "reviewer2", "a");
        String path = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB() + "/transitions";
        assertEquals(
                200,
                api.postJson(path, coordinatorToken, "{\"transition\":\"REOPEN\",\"reason\":\"One more look.\"}")
                        .status());
        for (String[] step : new String[][] {{"expert2", "SUBMIT"}, {"reviewer2", "ACCEPT"}}) {
            assertEquals(
                    200,
                    api.postJson(path, Keycloak.accessToken(step[0]), "{\"transition\":\"" + step[1] + "\"}")
                            .status());
        }

        WebDriver coordinator = signIn("coordinator", "app/home.xhtml");
        Browser.waitUpTo(coordinator, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("coordinator-actions")));
        String actions = coordinator.findElement(By.id("coordinator-actions")).getText();
        String name = cycle.getString("name");
        assertTrue(actions.contains("1 questionnaire waits for your approval in " + name), actions);
        assertTrue(
                actions.contains("2 questionnaires are overdue in " + name),
                "the reviewed one is late too: " + actions);
        coordinator
                .findElement(By.xpath("//ul[@id='coordinator-actions']//a[contains(., 'approval in " + name + "')]"))
                .click();
        Browser.waitUpTo(coordinator, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='dashboard']")));
        assertEquals(
                "Reviewed: 1",
                coordinator
                        .findElement(By.cssSelector("[id$='count-REVIEWED']"))
                        .getText());
        assertEquals(
                "Not started: 1",
                coordinator
                        .findElement(By.cssSelector("[id$='count-NOT_STARTED']"))
                        .getText());
        assertEquals(
                "Approved: 0",
                coordinator
                        .findElement(By.cssSelector("[id$='count-APPROVED']"))
                        .getText());
        assertEquals(
                "1 questionnaire waits for your approval.",
                coordinator
                        .findElement(By.cssSelector("[id$='awaitingApproval']"))
                        .getText());
        assertEquals(
                "2 questionnaires are overdue.",
                coordinator.findElement(By.cssSelector("[id$='overdue']")).getText());
        List<String> rows = coordinator.findElements(By.cssSelector("[id$='dashboard_data'] > tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(
                rows.get(0).contains(round.regionB()) && rows.get(0).contains("Overdue: waits for your approval"),
                rows.toString());
        assertTrue(
                rows.get(1).contains(round.regionA()) && rows.get(1).contains("Overdue: the expert has not submitted"),
                rows.toString());
        scrollToDashboard(coordinator);
        Browser.screenshot(coordinator, "dashboard-needs-first");
        String dashboard = coordinator.getCurrentUrl();
        inLanguage(coordinator, dashboard, "de", "2 Fragebögen sind überfällig.");
        scrollToDashboard(coordinator);
        Browser.screenshot(coordinator, "dashboard-needs-first-de");
        inLanguage(coordinator, dashboard, "es", "2 cuestionarios están atrasados.");
        scrollToDashboard(coordinator);
        Browser.screenshot(coordinator, "dashboard-needs-first-es");
        inLanguage(coordinator, dashboard, "en", "2 questionnaires are overdue.");

        click(coordinator, "toggleOpen");
        Browser.waitUpTo(coordinator, 20)
                .until(d -> d.findElement(By.id("status")).getText().equals("Closed"));
        coordinator.navigate().refresh();
        Browser.waitUpTo(coordinator, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='overdue']")));
        assertEquals(
                "The cycle is closed: nothing in it is overdue.",
                coordinator.findElement(By.cssSelector("[id$='overdue']")).getText());
        String closedRows = coordinator
                .findElement(By.cssSelector("[id$='dashboard_data']"))
                .getText();
        assertTrue(!closedRows.contains("Overdue"), closedRows);
        coordinator.get(TestEnvironment.onLocalhost(base) + "app/home.xhtml");
        String closedActions =
                coordinator.findElement(By.id("coordinator-work")).getText();
        assertTrue(closedActions.contains("1 questionnaire waits for your approval in " + name), closedActions);
        assertTrue(!closedActions.contains("overdue in " + name), closedActions);
    }

    @Test
    void aCoordinatorApprovesSeveralReviewedQuestionnairesFromTheDashboard() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        String path = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA() + "/transitions";
        assertEquals(
                200,
                api.postJson(path, Keycloak.accessToken("expert1"), "{\"transition\":\"SUBMIT\"}")
                        .status());
        assertEquals(
                200,
                api.postJson(path, Keycloak.accessToken("reviewer1"), "{\"transition\":\"ACCEPT\"}")
                        .status());

        WebDriver coordinator = signIn("coordinator", "app/coordinator/cycle.xhtml?code=" + round.cycle());
        Browser.waitUpTo(coordinator, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='dashboard']")));
        for (String region : List.of(round.regionA(), round.regionB())) {
            coordinator
                    .findElement(
                            By.xpath("//tr[td[contains(., '" + region + "')]]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
        }
        click(coordinator, "approveSelected");
        assertTrue(
                PrimeFaces.confirm(coordinator).startsWith("Every selected region whose questionnaire is reviewed"),
                "approving asks first and says what happens");
        Browser.waitUpTo(coordinator, 20)
                .until(d ->
                        d.findElement(By.cssSelector(".ui-messages")).getText().contains("Approved 1 questionnaire."));
        String messages =
                coordinator.findElement(By.cssSelector(".ui-messages")).getText();
        assertTrue(
                messages.contains(round.regionB() + ": A questionnaire that is not started cannot be approved."),
                messages);
        assertEquals(
                "APPROVED",
                api.get(
                                "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA(),
                                Keycloak.accessToken("coordinator"))
                        .json()
                        .asJsonObject()
                        .getString("state"));
    }

    /** Opens the dashboard in a language (which the person keeps from then on) and waits for its overdue line. */
    private static void inLanguage(WebDriver coordinator, String dashboard, String language, String overdue) {
        String page = dashboard.replaceAll("[?&]lang=[a-z]+", "");
        coordinator.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        Browser.waitUpTo(coordinator, 30)
                .until(d -> d.findElement(By.cssSelector("[id$='overdue']"))
                        .getText()
                        .equals(overdue));
    }

    private static void scrollToDashboard(WebDriver coordinator) {
        ((JavascriptExecutor) coordinator)
                .executeScript("document.getElementById('dashboard-heading').scrollIntoView({block: 'start'});");
    }
}
