package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.KeycloakAdmin;
import org.regindex.testsupport.PrimeFaces;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.TestEnvironment;

/**
 * Two approval levels: in a cycle with a country level, a lead of the region's country approves a reviewed
 * questionnaire before a coordinator does; a country nobody leads goes straight to the coordinators.
 */
@ExtendWith(ArquillianExtension.class)
class CountryLevelIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private final Map<String, String> tokens = new HashMap<>();
    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, Keycloak::accessToken);
    }

    /** Region A is in Spain (led by lead1 once appointed), region B in Portugal. */
    @BeforeEach
    void aRoundInTwoCountries() throws IOException {
        api = new Api(base);
        KeycloakAdmin.ensureUser("lead-pt", "country-lead", "pt");
        for (String user : List.of("expert1", "reviewer1", "lead1", "lead-pt", "coordinator")) {
            assertEquals(200, api.get("api/v1/me", token(user)).status(), "signed in once: address known");
        }
        round = new Rounds(api).create("ES", "PT");
    }

    @Test
    void theCountryLeadApprovesBetweenReviewerAndCoordinatorAndMayWithdrawWithAReason() {
        appoint("ES", "lead1", 201);
        appoint("PT", "lead-pt", 201);
        countryLevel(true);
        round.answerEverything(token("expert1"));
        assertEquals("SUBMITTED", move("expert1", "SUBMIT", null));
        assertEquals("REVIEWED", move("reviewer1", "ACCEPT", null));
        assertTrue(
                inbox("lead1").stream().anyMatch(subject -> subject.contains(round.regionA())),
                "the lead is asked once the reviewer accepts: " + inbox("lead1"));

        assertEquals(
                "In this cycle a lead of the region's country approves a reviewed questionnaire first.",
                refused("coordinator", "APPROVE", null, 409));
        assertEquals(
                "You are not assigned to " + round.regionA() + " in cycle " + round.cycle() + ".",
                refused("lead-pt", "COUNTRY_APPROVE", null, 403),
                "a lead of another country");
        assertEquals(403, refusedStatus("reviewer1", "COUNTRY_APPROVE"));
        assertEquals(403, refusedStatus("expert1", "COUNTRY_APPROVE"));
        assertEquals(200, api.get(questionnaire(), token("lead1")).status(), "the lead reads the questionnaire");
        assertEquals(
                201,
                api.postJson(
                                questionnaire() + "/answers/LAB-ACT-01/comments",
                                token("lead1"),
                                "{\"text\":\"Which law does this cite?\"}")
                        .status(),
                "and comments on an answer");
        assertEquals(403, api.get(questionnaire(), token("lead-pt")).status(), "a lead of another country does not");
        assertEquals(
                403,
                api.putJson(
                                questionnaire() + "/answers/LAB-ACT-01",
                                token("lead1"),
                                "{\"option\":\"b\",\"justification\":\"j\",\"version\":1}")
                        .status(),
                "a lead never changes answers");

        assertEquals("CHANGES_REQUESTED", move("lead1", "COUNTRY_RETURN", "The sources predate the 2024 law."));
        assertEquals("SUBMITTED", move("expert1", "SUBMIT", null));
        assertEquals("REVIEWED", move("reviewer1", "ACCEPT", null));
        assertEquals("COUNTRY_APPROVED", move("lead1", "COUNTRY_APPROVE", null));
        assertTrue(
                inbox("coordinator").stream()
                        .anyMatch(s -> s.contains(round.regionA()) && s.contains("for the country")),
                inbox("coordinator").toString());
        assertEquals(
                "Give a reason to country-unapprove a questionnaire.",
                refused("lead1", "COUNTRY_UNAPPROVE", null, 400));
        assertEquals("REVIEWED", move("lead1", "COUNTRY_UNAPPROVE", "Approved too early."));
        assertEquals("COUNTRY_APPROVED", move("lead1", "COUNTRY_APPROVE", null));
        assertEquals("APPROVED", move("coordinator", "APPROVE", null));

        for (String action : List.of(
                "QUESTIONNAIRE_COUNTRY_RETURN", "QUESTIONNAIRE_COUNTRY_UNAPPROVE", "QUESTIONNAIRE_COUNTRY_APPROVE")) {
            assertEquals(
                    action.endsWith("_APPROVE") ? 2 : 1,
                    TestDatabase.count(
                            "select count(*) from audit_event where action = ? and cycle_code = ? and actor = 'lead1'",
                            action,
                            round.cycle()),
                    action);
        }
        assertEquals(
                "\"CHANGES_REQUESTED: The sources predate the 2024 law.\"",
                TestDatabase.text(
                        "select after_value from audit_event where action = 'QUESTIONNAIRE_COUNTRY_RETURN'"
                                + " and cycle_code = ?",
                        round.cycle()),
                "the trail keeps the lead's reason");
    }

    @Test
    void aCountryNobodyLeadsAndACycleWithoutTheLevelGoStraightToTheCoordinators() {
        appoint("ES", "lead1", 201);
        countryLevel(true);
        round.approve(round.regionB(), "expert2", "reviewer2", "a");

        round.answerEverything(token("expert1"));
        move("expert1", "SUBMIT", null);
        move("reviewer1", "ACCEPT", null);
        assertEquals("COUNTRY_APPROVED", move("lead1", "COUNTRY_APPROVE", null));
        countryLevel(false);
        assertEquals(
                "You are not assigned to " + round.regionA() + " in cycle " + round.cycle() + ".",
                refused("lead1", "COUNTRY_UNAPPROVE", "Too early.", 403),
                "without the level nobody acts as lead");
        assertEquals("APPROVED", move("coordinator", "APPROVE", null), "turning the level off strands nothing");
    }

    @Test
    void onlyCoordinatorsAppointLeadsOfCountriesTheCycleHasAndEachOnce() {
        appoint("ES", "lead1", 201);
        assertEquals("lead1 leads ES in cycle " + round.cycle() + " already.", detail(appoint("ES", "lead1", 409)));
        assertEquals("Cycle " + round.cycle() + " has no region in country FR.", detail(appoint("FR", "lead1", 404)));
        assertEquals(
                "A country is named by its two capital letters (ISO 3166), e.g. ES, not \"es\".",
                detail(appoint("es", "lead1", 400)));
        appoint("PT", "nobody-of-that-name", 404);
        assertEquals(403, api.putJson(leads() + "/PT/lead1", token("lead1"), "").status(), "a lead appoints nobody");
        assertEquals(403, api.get(leads(), token("lead1")).status());
        assertEquals(403, api.delete(leads() + "/ES/lead1", token("lead1")).status());

        List<JsonObject> listed =
                api.get(leads(), token("coordinator")).json().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals("ES", listed.get(0).getString("country"));
        assertEquals("lead1", listed.get(0).getString("username"));
        assertEquals(
                204, api.delete(leads() + "/ES/lead1", token("coordinator")).status());
        assertEquals(
                404, api.delete(leads() + "/ES/lead1", token("coordinator")).status());
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'COUNTRY_LEAD_REMOVED' and cycle_code = ?",
                        round.cycle()));
    }

    @Test
    void aCoordinatorAppointsTheLeadOnTheCyclePageAndTheLeadApprovesFromMyWork() {
        countryLevel(true);
        round.answerEverything(token("expert1"));
        move("expert1", "SUBMIT", null);
        move("reviewer1", "ACCEPT", null);

        WebDriver coordinator = signIn("coordinator", "app/coordinator/cycle.xhtml?code=" + round.cycle());
        Browser.waitUpTo(coordinator, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("leads-heading")));
        PrimeFaces.choose(coordinator, "leadsForm:leadCountry", "ES");
        coordinator.findElement(By.id("leadsForm:leadUsername")).sendKeys("lead1");
        coordinator.findElement(By.id("leadsForm:appointLead")).click();
        PrimeFaces.awaitMessage(coordinator, "lead1 now leads ES in this cycle.");
        assertTrue(coordinator.findElement(By.id("leadsForm:leads")).getText().contains("lead1"));

        WebDriver lead = signIn("lead1", "app/home.xhtml");
        WebElement mine = Browser.waitUpTo(lead, 30)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("leadQuestionnaires")));
        assertTrue(mine.getText().contains(round.regionA()), mine.getText());
        assertTrue(mine.getText().contains("Reviewed"), mine.getText());
        mine.findElement(By.partialLinkText(round.regionA())).click();
        Browser.waitUpTo(lead, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertTrue(
                lead.findElements(By.cssSelector("[id$='approve']")).stream().noneMatch(WebElement::isDisplayed),
                "the coordinator's approve is not the lead's");
        lead.findElement(By.cssSelector("[id$='countryApprove']")).click();
        Browser.waitUpTo(lead, 20)
                .until(d -> d.findElement(By.id("q-state")).getText().equals("Approved by the country"));
        assertEquals("APPROVED", move("coordinator", "APPROVE", null));
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

    private String leads() {
        return "api/v1/cycles/" + round.cycle() + "/country-leads";
    }

    private String questionnaire() {
        return "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
    }

    private Api.Reply appoint(String country, String username, int status) {
        Api.Reply reply = api.putJson(leads() + "/" + country + "/" + username, token("coordinator"), "");
        assertEquals(status, reply.status(), reply.body());
        return reply;
    }

    private void countryLevel(boolean on) {
        String cycle = "api/v1/cycles/" + round.cycle();
        JsonObject read = api.get(cycle, token("coordinator")).json().asJsonObject();
        Api.Reply changed = api.putJson(
                cycle,
                token("coordinator"),
                "{\"name\":\"" + read.getString("name") + "\",\"deadline\":\"" + read.getString("deadline")
                        + "\",\"countryLevel\":" + on + ",\"version\":" + read.getInt("version") + "}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(on, changed.json().asJsonObject().getBoolean("countryLevel"));
    }

    private Api.Reply transition(String user, String transition, String reason) {
        return api.postJson(
                questionnaire() + "/transitions",
                token(user),
                "{\"transition\":\"" + transition + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                        + "}");
    }

    private String move(String user, String transition, String reason) {
        Api.Reply moved = transition(user, transition, reason);
        assertEquals(200, moved.status(), transition + " by " + user + ": " + moved.body());
        return moved.json().asJsonObject().getString("state");
    }

    private String refused(String user, String transition, String reason, int status) {
        Api.Reply reply = transition(user, transition, reason);
        assertEquals(status, reply.status(), reply.body());
        return detail(reply);
    }

    private int refusedStatus(String user, String transition) {
        return transition(user, transition, null).status();
    }

    private List<String> inbox(String user) {
        return api
                .get("api/v1/me/notifications", token(user))
                .json()
                .asJsonObject()
                .getJsonArray("notifications")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(n -> n.getString("subject"))
                .toList();
    }

    private static String detail(Api.Reply reply) {
        return reply.json().asJsonObject().getString("detail");
    }
}
