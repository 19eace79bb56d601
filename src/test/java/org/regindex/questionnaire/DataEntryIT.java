package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.PrimeFaces;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;
import org.regindex.testsupport.Workbooks;

/**
 * An expert fills in their questionnaire in a real browser: autosave, reload, and a second tab that is told; the
 * signed-in pages of a round run under the Content-Security-Policy without a refused script.
 */
@ExtendWith(ArquillianExtension.class)
class DataEntryIT {

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();
    private Rounds.Round round;

    @BeforeEach
    void aRoundWithExpert1() throws IOException {
        round = new Rounds(new Api(base)).create();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver questionnaireAs(String username) {
        WebDriver browser = Browser.open();
        browsers.add(browser);
        browser.get(TestEnvironment.onLocalhost(base) + "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region="
                + round.regionA());
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        return browser;
    }

    private static WebElement indicator(WebDriver browser, String code) {
        return browser.findElement(By.id("ind-" + code));
    }

    private static void waitForStatus(WebDriver browser, String code, String expectedStart) {
        Browser.waitUpTo(browser, 15)
                .until(driver -> indicator(driver, code)
                        .findElement(By.cssSelector(".q-status"))
                        .getText()
                        .startsWith(expectedStart));
    }

    /** Replaces the field's text as a person does (select all, type), then leaves the field: one change, one save. */
    private static void typeInto(WebDriver browser, String code, String fieldSuffix, String text) {
        WebElement field = indicator(browser, code).findElement(By.cssSelector("[id$='" + fieldSuffix + "']"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        indicator(browser, code).findElement(By.cssSelector("h2")).click();
    }

    @Test
    void answersAreSavedOnChangeAndAreThereAfterAReload() {
        WebDriver browser = questionnaireAs("expert1");
        assertEquals("Not started", browser.findElement(By.id("q-state")).getText());
        indicator(browser, "ADI-ACR-01")
                .findElements(By.cssSelector(".ui-radiobutton-box"))
                .get(1)
                .click();
        waitForStatus(browser, "ADI-ACR-01", "Saved at");
        typeInto(
                browser, "ADI-ACR-01", "justification", "The equality office <script>alert(1)</script> mediates only.");
        waitForStatus(browser, "ADI-ACR-01", "Saved at");
        indicator(browser, "ADI-ACR-01")
                .findElement(By.cssSelector("[id$='addSource']"))
                .click();
        Browser.waitUpTo(browser, 15)
                .until(d -> !indicator(d, "ADI-ACR-01")
                        .findElements(By.cssSelector("[id$='citation']"))
                        .isEmpty());
        typeInto(browser, "ADI-ACR-01", "citation", "Equality office annual report 2024");
        waitForStatus(browser, "ADI-ACR-01", "Saved at");
        typeInto(browser, "ADI-ACR-01", "url", "not a web address");
        waitForStatus(
                browser,
                "ADI-ACR-01",
                "The answer to ADI-ACR-01 was not saved: The URL of source 1 is not a web address");
        typeInto(browser, "ADI-ACR-01", "url", "https://example.org/report-2024.pdf");
        waitForStatus(browser, "ADI-ACR-01", "Saved at");
        Browser.screenshot(browser, "questionnaire-expert");

        browser.navigate().refresh();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertEquals("In progress", browser.findElement(By.id("q-state")).getText());
        WebElement answered = indicator(browser, "ADI-ACR-01");
        assertTrue(answered.findElements(By.cssSelector("input[type=radio]"))
                .get(1)
                .isSelected());
        assertEquals(
                "The equality office <script>alert(1)</script> mediates only.",
                answered.findElement(By.cssSelector("[id$='justification']")).getAttribute("value"));
        assertEquals(
                "https://example.org/report-2024.pdf",
                answered.findElement(By.cssSelector("[id$='url']")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector(".q-section-current"))
                .getText()
                .contains("1/9"));
    }

    private static WebElement confidence(WebDriver browser, String code) {
        return indicator(browser, code).findElement(By.cssSelector("[id$='confidence']"));
    }

    @Test
    void theExpertSaysHowSureTheyAreAndTheLowConfidenceFilterFindsTheAnswer() {
        WebDriver browser = questionnaireAs("expert1");
        WebElement low = confidence(browser, "ADI-ACR-01")
                .findElements(By.cssSelector(".ui-radiobutton-box"))
                .get(0);
        low.click();
        waitForStatus(browser, "ADI-ACR-01", "Saved at");

        browser.navigate().refresh();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertTrue(confidence(browser, "ADI-ACR-01")
                .findElements(By.cssSelector("input[type=radio]"))
                .get(0)
                .isSelected());
        int shown = browser.findElements(By.cssSelector(".q-indicator")).size();
        assertTrue(shown > 1, "the section shows all its indicators");
        browser.findElement(By.cssSelector("[id$='lowConfidence'] .ui-chkbox-box"))
                .click();
        Browser.waitUpTo(browser, 15)
                .until(d -> d.findElements(By.cssSelector(".q-indicator")).size() == 1);
        assertEquals(
                "ind-ADI-ACR-01",
                browser.findElement(By.cssSelector(".q-indicator")).getAttribute("id"));
    }

    @Test
    void aSecondTabEditingTheSameAnswerIsToldAndOverwritesNothing() {
        WebDriver first = questionnaireAs("expert1");
        WebDriver second = questionnaireAs("expert1");
        typeInto(first, "ADI-ACR-02", "justification", "Written in the first tab.");
        waitForStatus(first, "ADI-ACR-02", "Saved at");

        typeInto(second, "ADI-ACR-02", "justification", "Written in the second tab.");
        waitForStatus(
                second, "ADI-ACR-02", "Your change to ADI-ACR-02 was not saved: expert1 saved a newer version at");
        assertTrue(indicator(second, "ADI-ACR-02")
                .findElement(By.cssSelector(".q-status"))
                .getText()
                .contains("justification \"Written in the first tab.\""));
        Browser.screenshot(second, "questionnaire-stale-tab");
        indicator(second, "ADI-ACR-02")
                .findElement(By.cssSelector("[id$='reload']"))
                .click();
        Browser.waitUpTo(second, 15)
                .until(d -> indicator(d, "ADI-ACR-02")
                        .findElement(By.cssSelector("[id$='justification']"))
                        .getAttribute("value")
                        .equals("Written in the first tab."));
        typeInto(second, "ADI-ACR-02", "justification", "Written in the first tab, then improved in the second.");
        waitForStatus(second, "ADI-ACR-02", "Saved at");

        first.navigate().refresh();
        Browser.waitUpTo(first, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertEquals(
                "Written in the first tab, then improved in the second.",
                indicator(first, "ADI-ACR-02")
                        .findElement(By.cssSelector("[id$='justification']"))
                        .getAttribute("value"));
    }

    @Test
    void submittingTooEarlyAsksFirstThenTheToDoListSaysWhatIsMissingAndItsLinksFocusTheIndicator() {
        WebDriver browser = questionnaireAs("expert1");
        String todo = browser.findElement(By.id("qform:todo")).getText();
        assertTrue(todo.contains("72 indicators still need something before you can submit"), todo);
        assertTrue(todo.contains("LAB-ACT-01: no option chosen, no justification, no source"), todo);
        browser.findElement(By.cssSelector("[id$='submit']")).click();
        assertTrue(PrimeFaces.confirm(browser).startsWith("Submit the questionnaire?"));
        Browser.waitUpTo(browser, 20)
                .until(d -> d.findElement(By.cssSelector(".ui-messages"))
                        .getText()
                        .contains("The questionnaire cannot be submitted yet: 72 indicators"));

        browser.findElement(By.id("qform:todo"))
                .findElement(By.linkText("LAB-ACT-01"))
                .click();
        Browser.waitUpTo(browser, 15)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("var s = document.getElementById('ind-LAB-ACT-01');"
                                + " return s !== null && s.contains(document.activeElement);")));
        assertTrue(browser.findElement(By.cssSelector(".q-section-current"))
                .getText()
                .startsWith("Labour market"));

        WebElement answer = indicator(browser, "LAB-ACT-01");
        answer.findElements(By.cssSelector(".ui-radiobutton-box")).get(0).click();
        waitForStatus(browser, "LAB-ACT-01", "Saved at");
        typeInto(browser, "LAB-ACT-01", "justification", "The regional employment plan funds courses.");
        waitForStatus(browser, "LAB-ACT-01", "Saved at");
        Browser.waitUpTo(browser, 15)
                .until(d -> d.findElement(By.id("qform:todo")).getText().contains("LAB-ACT-01: no source"));
        indicator(browser, "LAB-ACT-01")
                .findElement(By.cssSelector("[id$='addSource']"))
                .click();
        Browser.waitUpTo(browser, 15)
                .until(d -> !indicator(d, "LAB-ACT-01")
                        .findElements(By.cssSelector("[id$='citation']"))
                        .isEmpty());
        typeInto(browser, "LAB-ACT-01", "citation", "Regional employment plan 2025");
        waitForStatus(browser, "LAB-ACT-01", "Saved at");
        Browser.waitUpTo(browser, 15)
                .until(d -> !d.findElement(By.id("qform:todo")).getText().contains("LAB-ACT-01"));
        assertTrue(browser.findElement(By.id("qform:todo")).getText().contains("71 indicators still need something"));
        assertEquals("1% complete", browser.findElement(By.id("q-progress")).getText());
        assertTrue(browser.findElement(By.cssSelector(".q-section-current"))
                .getText()
                .contains("1/"));
        Browser.screenshot(browser, "questionnaire-to-do");

        String page = browser.getCurrentUrl().replaceAll("[?&]lang=[a-z]+", "");
        browser.get(page + "&lang=es");
        Browser.waitUpTo(browser, 30)
                .until(d -> d.findElement(By.id("qform:todo"))
                        .getText()
                        .contains("71 indicadores necesitan algo más antes de poder enviar"));
        Browser.screenshot(browser, "questionnaire-to-do-es");
        browser.get(page + "&lang=en"); // expert1 keeps the language last chosen: back to English for the other tests
        Browser.waitUpTo(browser, 30)
                .until(d ->
                        d.findElement(By.id("qform:todo")).getText().contains("71 indicators still need something"));
    }

    @Test
    void textIsSavedWhileTypingAndWhenTheNetworkDropsItIsKeptRetriedAndLeavingTheTabWarns() {
        WebDriver browser = questionnaireAs("expert1");
        String path = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        WebElement justification =
                indicator(browser, "ADI-ACR-02").findElement(By.cssSelector("[id$='justification']"));
        justification.sendKeys("Typed without leaving the field.");
        waitForStatus(browser, "ADI-ACR-02", "Saved at");
        assertEquals("Typed without leaving the field.", storedJustification(path, "ADI-ACR-02"));
        assertEquals(false, leavingIsHeldBack(browser), "everything typed is stored");

        HasNetworkConditions network = (HasNetworkConditions) browser;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        justification.sendKeys(" Then more, with the network gone.");
        waitForStatus(browser, "ADI-ACR-02", "Not saved — the connection failed.");
        assertEquals(true, leavingIsHeldBack(browser), "closing the tab now would lose text: the page asks first");
        assertEquals(
                "Typed without leaving the field. Then more, with the network gone.",
                justification.getAttribute("value"),
                "the text stays in the field");
        Browser.screenshot(browser, "questionnaire-not-saved-retrying");

        network.deleteNetworkConditions();
        Browser.waitUpTo(browser, 45)
                .until(driver -> indicator(driver, "ADI-ACR-02")
                        .findElement(By.cssSelector(".q-status"))
                        .getText()
                        .startsWith("Saved at"));
        assertEquals(
                "Typed without leaving the field. Then more, with the network gone.",
                storedJustification(path, "ADI-ACR-02"));
        assertEquals(false, leavingIsHeldBack(browser));

        indicator(browser, "ADI-ACR-02")
                .findElement(By.cssSelector("[id$='commentText']"))
                .sendKeys("A comment typed but not sent.");
        assertEquals(true, leavingIsHeldBack(browser), "an unsent comment is typed text too");
    }

    /** Whether the page's beforeunload handler holds the tab back (what makes a browser ask before closing it). */
    private static boolean leavingIsHeldBack(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("var e = new Event('beforeunload', {cancelable: true});"
                        + " window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    private String storedJustification(String path, String indicator) {
        return new Api(base)
                .get(path, Keycloak.accessToken("expert1")).json().asJsonObject().getJsonArray("answers").stream()
                        .map(a -> a.asJsonObject())
                        .filter(a -> a.getString("indicator").equals(indicator))
                        .map(a -> a.getJsonObject("answer").getString("justification"))
                        .findFirst()
                        .orElse("");
    }

    @Test
    void aReviewerSeesTheQuestionnaireReadOnlyAndAnotherExpertIsTurnedAway() {
        WebDriver reviewer = questionnaireAs("reviewer1");
        assertTrue(browserText(reviewer, "q-title").contains(round.regionA())
                || !reviewer.findElements(By.id("q-title")).isEmpty());
        assertTrue(reviewer.findElements(By.cssSelector("[id$='submit']")).isEmpty());
        assertTrue(!indicator(reviewer, "ADI-ACR-01")
                .findElement(By.cssSelector("[id$='justification']"))
                .isEnabled());

        WebDriver other = Browser.open();
        browsers.add(other);
        other.get(TestEnvironment.onLocalhost(base) + "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region="
                + round.regionA());
        Browser.waitUpTo(other, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        other.findElement(By.id("username")).sendKeys("expert2");
        other.findElement(By.id("password")).sendKeys("expert2");
        other.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(other, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("unavailable")));
        assertTrue(other.findElement(By.id("unavailable"))
                .getText()
                .contains("You are not assigned to " + round.regionA()));
    }

    private static String browserText(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aFilledInWorkbookIsUploadedOnThePage() throws IOException {
        Api api = new Api(base);
        String path = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        byte[] workbook = Workbooks.withCell(
                api.download(path + "/workbook", Keycloak.accessToken("expert1")),
                "answers",
                "HOU-ACT-01",
                "justification",
                "Filled in offline.");
        Path file = Files.createTempFile("questionnaire", ".xlsx");
        Files.write(file, workbook);

        WebDriver browser = questionnaireAs("expert1");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("[id$='upload']")).click();
        Browser.waitUpTo(browser, 30)
                .until(d -> d.findElement(By.cssSelector(".ui-messages"))
                        .getText()
                        .contains("Applied 1 changed answer; 71 unchanged."));
        assertEquals(
                "Filled in offline.",
                api.get(path, Keycloak.accessToken("expert1"))
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getJsonObject("answer")
                        .getString("justification"));
    }

    @Test
    void lastReleasesAnswerIsShownBesideTheIndicatorAndCopiedInWithOneClick() {
        Api api = new Api(base);
        String coordinator = Keycloak.accessToken("coordinator");
        round.approve(round.regionA(), "expert1", "reviewer1", "b");
        String version = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                .json()
                .asJsonObject()
                .getString("version");
        api.postJson("api/v1/releases/" + version + "/publish", coordinator, "");
        String next = round.cycle() + "-next";
        api.postJson(
                "api/v1/cycles",
                coordinator,
                "{\"code\":\"" + next + "\",\"name\":\"Next round\",\"codebook\":{\"code\":\"" + round.codebook()
                        + "\",\"version\":1},\"deadline\":\"2028-06-30\",\"regions\":[\"" + round.regionA() + "\"]}");
        api.postJson(
                "api/v1/cycles/" + next + "/assignments",
                coordinator,
                "{\"region\":\"" + round.regionA() + "\",\"username\":\"expert1\",\"role\":\"expert\"}");
        JsonObject published = api
                .get("api/v1/cycles/" + next + "/questionnaires/" + round.regionA(), Keycloak.accessToken("expert1"))
                .json()
                .asJsonObject()
                .getJsonArray("indicators")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("code").equals("ADI-ACR-01"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("published");
        assertEquals(version, published.getString("release"), "the API shows what the page shows: " + published);
        assertEquals("b", published.getString("option"));
        assertEquals(false, published.getBoolean("notApplicable"));
        assertEquals("Documented in the regional plan.", published.getString("justification"));

        WebDriver browser = Browser.open();
        browsers.add(browser);
        browser.get(TestEnvironment.onLocalhost(base) + "app/questionnaire.xhtml?cycle=" + next + "&region="
                + round.regionA());
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("expert1");
        browser.findElement(By.id("password")).sendKeys("expert1");
        browser.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        WebElement previous = indicator(browser, "ADI-ACR-01").findElement(By.cssSelector(".q-previous"));
        assertTrue(previous.getText().startsWith("In release " + version + ": b"), previous.getText());
        previous.findElement(By.cssSelector("[id$='copyPrevious']")).click();
        waitForStatus(browser, "ADI-ACR-01", "Copied from release " + version);
        assertTrue(indicator(browser, "ADI-ACR-01")
                .findElements(By.cssSelector("input[type=radio]"))
                .get(1)
                .isSelected());
        assertEquals(
                "Documented in the regional plan.",
                indicator(browser, "ADI-ACR-01")
                        .findElement(By.cssSelector("[id$='justification']"))
                        .getAttribute("value"));
        browser.findElement(By.cssSelector("[id$='copyAllPrevious']")).click();
        assertTrue(PrimeFaces.confirm(browser).contains("release " + version));
        Browser.waitUpTo(browser, 30)
                .until(d -> d.findElement(By.cssSelector(".ui-messages"))
                        .getText()
                        .contains("Copied 71 answers from release " + version));
        assertEquals("100% complete", browser.findElement(By.id("q-progress")).getText());
    }

    @Test
    void theSignedInPagesRunUnderTheContentSecurityPolicyAndTheirWidgetsStillWork() {
        Api api = new Api(base);
        round.approve(round.regionB(), "expert2", "reviewer2", "a");
        Api.Reply frozen = api.postJson(
                "api/v1/cycles/" + round.cycle() + "/releases",
                Keycloak.accessToken("coordinator"),
                "{\"title\":\"Under the policy " + round.cycle() + "\"}");
        assertEquals(201, frozen.status(), frozen.body());
        String release = frozen.json().asJsonObject().getString("version");

        WebDriver expert = questionnaireAs("expert1");
        indicator(expert, "ADI-ACR-03")
                .findElements(By.cssSelector(".ui-radiobutton-box"))
                .get(0)
                .click();
        waitForStatus(expert, "ADI-ACR-03", "Saved at");
        typeInto(expert, "ADI-ACR-03", "justification", "Saved by AJAX under the policy.");
        waitForStatus(expert, "ADI-ACR-03", "Saved at");
        // A command link: PrimeFaces moved its click handler from the markup into a script with the nonce.
        WebElement next = expert.findElements(By.cssSelector("a.q-section")).get(1);
        String section = next.getText();
        next.click();
        PrimeFaces.settle(expert);
        Browser.waitUpTo(expert, 15)
                .until(d -> d.findElement(By.cssSelector(".q-section-current"))
                        .getText()
                        .equals(section));
        assertEquals(List.of(), Browser.policyViolations(expert), "the expert's questionnaire");
        expert.navigate().refresh();
        Browser.waitUpTo(expert, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
        assertEquals(
                "In progress", expert.findElement(By.id("q-state")).getText(), "the AJAX saves reached the database");

        WebDriver reviewer = questionnaireAs("reviewer1");
        assertEquals(List.of(), Browser.policyViolations(reviewer), "the reviewer's page");

        String questionnaire = "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA();
        WebDriver coordinator = questionnaireAs("coordinator");
        for (String path : List.of(
                questionnaire,
                "app/home.xhtml",
                "app/notifications.xhtml",
                "app/coordinator/cycles.xhtml",
                "app/coordinator/cycle.xhtml?code=" + round.cycle(),
                "app/coordinator/codebooks.xhtml",
                "app/coordinator/codebook.xhtml?code=" + round.codebook() + "&version=1",
                "app/coordinator/regions.xhtml",
                "app/coordinator/releases.xhtml",
                "app/coordinator/release.xhtml?version=" + release,
                "app/audit.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA())) {
            coordinator.get(TestEnvironment.onLocalhost(base) + path);
            Browser.waitUpTo(coordinator, 30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
            assertTrue(coordinator.findElements(By.cssSelector(".error-page")).isEmpty(), path);
            assertEquals(List.of(), Browser.policyViolations(coordinator), path);
        }
    }
}
