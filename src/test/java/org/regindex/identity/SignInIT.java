package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.TestEnvironment;

/** Sign-in, the role home and sign-out in a real browser against the build's Keycloak. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.screenshot(browser, "SignInIT-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    private String page(String path) {
        return TestEnvironment.onLocalhost(base) + path;
    }

    private void signInOnKeycloak(String username) {
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
    }

    @Test
    void thePublicHomeOpensWithoutSignIn() {
        browser.get(page(""));
        assertEquals("How do regions govern migrant integration?", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("signIn")).isDisplayed());
        assertFalse(browser.getCurrentUrl().startsWith(TestEnvironment.realmUrl()));
        Browser.screenshot(browser, "public-home");
    }

    @Test
    void anAnonymousVisitToAProtectedPageLandsOnTheKeycloakLoginPage() {
        browser.get(page("app/home.xhtml"));
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        assertTrue(browser.getCurrentUrl().startsWith(TestEnvironment.realmUrl() + "/protocol/openid-connect/auth"),
                browser.getCurrentUrl());
        Browser.screenshot(browser, "keycloak-login");
    }

    @Test
    void anExpertSignsInToTheirHomeAndSignsOutToThePublicPage() {
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("expert1");

        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertEquals(page("app/home.xhtml"), browser.getCurrentUrl());
        assertEquals("Welcome, Elena Expert", browser.findElement(By.id("welcome")).getText());
        assertEquals("Elena Expert", browser.findElement(By.id("user-name")).getText());
        assertTrue(browser.findElement(By.id("expert-work")).isDisplayed());
        assertTrue(browser.findElements(By.id("coordinator-work")).isEmpty(), "an expert sees no coordinator panel");
        Browser.screenshot(browser, "expert-home");

        browser.findElement(By.id("signOutForm:signOut")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn")));
        assertEquals(page(""), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("user-name")).isEmpty());

        browser.get(page("app/home.xhtml"));
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        assertTrue(browser.getCurrentUrl().startsWith(TestEnvironment.realmUrl()),
                "the Keycloak session ended too, so the login form is asked again");
    }

    @Test
    void aCoordinatorReachesTheRegionsPageFromTheirHome() {
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("coordinator");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("coordinator-work")));
        assertEquals("Welcome, Clara Coordinator", browser.findElement(By.id("welcome")).getText());
        assertTrue(browser.findElements(By.id("expert-work")).isEmpty());
        Browser.screenshot(browser, "coordinator-home");

        browser.findElement(By.id("regions-link")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("regions")));
        assertEquals("Regions", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anExpertWhoOpensACoordinatorPageSeesTheNotAllowedPage() {
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("expert2");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElements(By.id("regions-link")).isEmpty());

        browser.get(page("app/coordinator/regions.xhtml"));
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("regions")).isEmpty());
        Browser.screenshot(browser, "not-allowed");
    }

    @Test
    void anUnknownPageShowsAFriendlyNotFoundPage() {
        browser.get(page("no-such-page.xhtml"));
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElement(By.tagName("body")).getText().contains("Exception"));
    }
}
