package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.DataCiteStandIn;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.PrimeFaces;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * A coordinator on a release's page sees that DataCite refused its DOI (the build's stand-in refuses it
 * once), records a DOI by hand and retries the registration until DataCite has registered it.
 */
@ExtendWith(ArquillianExtension.class)
class DoiPagesIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private String version;

    @BeforeEach
    void aPublishedReleaseWhoseRegistrationWasRefused() throws IOException {
        Api api = new Api(base);
        String coordinator = Keycloak.accessToken("coordinator");
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        version = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                .json()
                .asJsonObject()
                .getString("version");
        DataCiteStandIn.refuseNext(version, 422, DataCiteStandIn.errors("url", "Is not a valid URL"));
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        DataCiteStandIn.accept(version);
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.screenshot(
                browser, "DoiPagesIT-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void aCoordinatorSeesTheRefusalRecordsADoiAndRetriesTheRegistration() {
        browser.get(TestEnvironment.onLocalhost(base) + "app/coordinator/release.xhtml?version=" + version);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("coordinator");
        browser.findElement(By.id("password")).sendKeys("coordinator");
        browser.findElement(By.id("kc-login")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("doi-state")));

        assertEquals("Registration with DataCite failed", text("doi-state"));
        assertTrue(text("doi-message").endsWith("(422): url: Is not a valid URL."), text("doi-message"));
        assertEquals(
                "Retry registration",
                browser.findElement(By.id("doiForm:registerDoi")).getText().strip());
        Browser.screenshot(browser, "release-page-doi-failed");

        String doi = "10.5072/Page-" + version;
        WebElement input = browser.findElement(By.id("doiForm:doiInput"));
        input.clear();
        input.sendKeys(doi);
        browser.findElement(By.id("doiForm:recordDoi")).click();
        PrimeFaces.awaitMessage(browser, "Recorded the DOI " + doi + " for release " + version + ".");
        Browser.waitUpTo(browser, 20)
                .until(driver -> "Recorded by a coordinator, not registered with DataCite".equals(text("doi-state")));
        assertEquals(doi, text("doi"));

        browser.findElement(By.id("doiForm:registerDoi")).click();
        String registered = doi.toLowerCase(Locale.ROOT);
        PrimeFaces.awaitMessage(browser, "DataCite registered the DOI " + registered + " of release " + version + ".");
        Browser.waitUpTo(browser, 20).until(driver -> "Registered with DataCite".equals(text("doi-state")));
        assertEquals(registered, text("doi"));
        assertTrue(browser.findElements(By.id("doi-message")).isEmpty(), "the refusal is gone");
        assertTrue(browser.findElements(By.id("doiForm:doiInput")).isEmpty(), "a registered DOI cannot change");
        assertTrue(browser.findElements(By.id("doiForm:registerDoi")).isEmpty());
        Browser.screenshot(browser, "release-page-doi-registered");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
