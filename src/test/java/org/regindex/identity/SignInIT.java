package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.ContractCheck;
import org.regindex.testsupport.FormSession;
import org.regindex.testsupport.TestEnvironment;

/**
 * Sign-in, the role home and sign-out in a real browser against the build's Keycloak; the security headers of every
 * kind of response; a new session id at sign-in and a dead session after sign-out.
 */
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
        Browser.screenshot(
                browser, "SignInIT-" + test.getTestMethod().orElseThrow().getName());
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
        assertEquals(
                "How do regions govern migrant integration?",
                browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("signIn")).isDisplayed());
        assertFalse(browser.getCurrentUrl().startsWith(TestEnvironment.realmUrl()));
        Browser.screenshot(browser, "public-home");
    }

    @Test
    void anAnonymousVisitToAProtectedPageLandsOnTheKeycloakLoginPage() {
        browser.get(page("app/home.xhtml"));
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        assertTrue(
                browser.getCurrentUrl().startsWith(TestEnvironment.realmUrl() + "/protocol/openid-connect/auth"),
                browser.getCurrentUrl());
        Browser.screenshot(browser, "keycloak-login");
    }

    @Test
    void anExpertSignsInToTheirHomeAndSignsOutToThePublicPage() {
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("expert1");

        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertEquals(page("app/home.xhtml"), browser.getCurrentUrl());
        assertEquals(
                "Welcome, Elena Expert", browser.findElement(By.id("welcome")).getText());
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
        assertTrue(
                browser.getCurrentUrl().startsWith(TestEnvironment.realmUrl()),
                "the Keycloak session ended too, so the login form is asked again");
    }

    @Test
    void aCoordinatorReachesTheRegionsPageFromTheirHome() {
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("coordinator");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("coordinator-work")));
        assertEquals(
                "Welcome, Clara Coordinator",
                browser.findElement(By.id("welcome")).getText());
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

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");

    private static HttpResponse<String> fetch(String address, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(address)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(response);
        return response;
    }

    private static String header(HttpResponse<?> response, String name) {
        List<String> values = response.headers().allValues(name);
        assertEquals(1, values.size(), name + " once on " + response.uri() + ": " + values);
        return values.get(0);
    }

    /** The headers every response carries; returns its Content-Security-Policy. */
    private static String assertSecurityHeaders(HttpResponse<?> response, String frameAncestors) {
        String what = response.uri() + " (" + response.statusCode() + ")";
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), what);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), what + ": no HSTS over http");
        String policy = header(response, "Content-Security-Policy");
        for (String directive : List.of(
                "default-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' "
                        + URI.create(TestEnvironment.realmUrl())
                                .resolve("/")
                                .toString()
                                .replaceAll("/$", ""),
                "frame-ancestors " + frameAncestors)) {
            assertTrue(policy.contains(directive), what + ": " + directive + " in " + policy);
        }
        assertFalse(
                policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"),
                what + ": " + policy);
        return policy;
    }

    /** A page's every script carries the nonce of its policy, which is new on every page. */
    private static String assertScriptsCarryTheNonce(HttpResponse<String> page) {
        String policy = assertSecurityHeaders(page, "'self'");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), page.uri() + ": " + policy);
        Matcher script = SCRIPT.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), page.uri() + ": " + script.group());
        }
        assertTrue(scripts > 0, page.uri() + " has PrimeFaces' scripts");
        assertFalse(
                page.body().matches("(?s).*\\son(click|change|load|submit|keyup|keydown|input)=.*"),
                page.uri() + ": an inline event handler");
        return nonce.group(1);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws IOException, InterruptedException {
        HttpResponse<String> home = fetch(page(""));
        assertEquals(200, home.statusCode());
        String nonce = assertScriptsCarryTheNonce(home);
        assertEquals(
                nonce,
                assertScriptsCarryTheNonce(fetch(page(""))),
                "a public page kept for everyone carries the nonce made from its tag (README, caching)");

        assertEquals(List.of(), fetch(page("?lang=en")).headers().allValues("Set-Cookie"), "a public page sets none");
        String cookie = fetch(page("app/home.xhtml")).headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.contains("Secure"), "no Secure cookie over http: " + cookie);

        FormSession expert = FormSession.signIn(page(""), "expert1");
        HttpResponse<String> signedIn = expert.get("app/home.xhtml");
        assertEquals(200, signedIn.statusCode());
        assertTrue(signedIn.body().contains("Welcome, Elena Expert"));
        assertFalse(
                assertScriptsCarryTheNonce(signedIn).equals(assertScriptsCarryTheNonce(expert.get("app/home.xhtml"))),
                "a signed-in page's nonce is used once");

        HttpResponse<String> api = fetch(page("api/v1/releases"), "Accept", "application/json");
        assertEquals(200, api.statusCode());
        assertTrue(assertSecurityHeaders(api, "'self'").contains("script-src 'self';"), "no nonce without a page");

        HttpResponse<String> refused = fetch(page("api/v1/me"), "Authorization", "Bearer not-a-token");
        assertEquals(401, refused.statusCode());
        assertSecurityHeaders(refused, "'self'");

        HttpResponse<String> stylesheet = fetch(page("jakarta.faces.resource/css/regindex.css.xhtml"));
        assertEquals(200, stylesheet.statusCode());
        assertSecurityHeaders(stylesheet, "'self'");
        HttpResponse<String> script = fetch(page("jakarta.faces.resource/js/regindex.js.xhtml"));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("data-focus-on-load"));
        assertSecurityHeaders(script, "'self'");

        HttpResponse<String> missing = fetch(page("no-such-page.xhtml"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertSecurityHeaders(missing, "'self'");

        HttpResponse<String> toSignIn = fetch(page("app/home.xhtml"));
        assertEquals(302, toSignIn.statusCode());
        assertTrue(header(toSignIn, "Location").startsWith(TestEnvironment.realmUrl()));
        assertSecurityHeaders(toSignIn, "'self'");
    }

    @Test
    void onlyTheChartPagesOfTheExplorerMayBeFramedByAnotherSite() throws IOException, InterruptedException {
        HttpResponse<String> compare = fetch(page("explore/compare.xhtml"));
        assertSecurityHeaders(compare, "*");
        assertTrue(compare.headers().firstValue("X-Frame-Options").isEmpty());
        assertSecurityHeaders(fetch(page("explore/region.xhtml")), "*");
        HttpResponse<String> release = fetch(page("explore/release.xhtml"));
        assertSecurityHeaders(release, "'self'");
        assertEquals("SAMEORIGIN", header(release, "X-Frame-Options"));
    }

    private String sessionCookie() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** A request that carries only this session cookie, as someone who copied it would send it. */
    private static HttpResponse<String> withCookie(String address, String sessionId)
            throws IOException, InterruptedException {
        return fetch(address, "Cookie", "JSESSIONID=" + sessionId);
    }

    @Test
    void theSessionIdChangesAtSignInAndTheOneBeforeIsWorthNothing() throws IOException, InterruptedException {
        browser.get(page("?lang=en"));
        assertNull(sessionCookie(), "a public page opens no session");
        browser.get(page("app/home.xhtml"));
        browser.get(page(""));
        String before = sessionCookie();
        assertNotNull(before, "beginning to sign in opens a session");
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("reviewer2");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        String after = sessionCookie();
        assertNotNull(after);
        assertNotEquals(before, after, "the session id changed at sign-in");

        // With the session's version cookie, as the browser sends them (a clustered session is versioned).
        Cookie version = browser.manage().getCookieNamed("JSESSIONIDVERSION");
        assertEquals(
                200,
                fetch(
                                page("app/home.xhtml"),
                                "Cookie",
                                "JSESSIONID=" + after
                                        + (version == null ? "" : "; JSESSIONIDVERSION=" + version.getValue()))
                        .statusCode(),
                "the new id is the signed-in session");
        HttpResponse<String> planted = withCookie(page("app/home.xhtml"), before);
        assertEquals(302, planted.statusCode(), "the id from before sign-in grants nothing");
        assertTrue(header(planted, "Location").startsWith(TestEnvironment.realmUrl()));
    }

    @Test
    void afterSignOutTheOldSessionCookieGrantsNothingAndTheSessionIsGone() throws IOException, InterruptedException {
        browser.get(page("app/home.xhtml"));
        signInOnKeycloak("expert2");
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        browser.get(page("app/home.xhtml?lang=es"));
        String session = sessionCookie();
        HttpResponse<String> copied = withCookie(page("app/home.xhtml"), session);
        assertEquals(200, copied.statusCode());
        assertTrue(copied.body().contains("<html lang=\"es\""), "the session remembers Spanish");

        browser.findElement(By.id("signOutForm:signOut")).click();
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn")));
        assertEquals(
                List.of(), Browser.policyViolations(browser), "sign-in and sign-out pass the Content-Security-Policy");

        HttpResponse<String> afterwards = withCookie(page("app/home.xhtml"), session);
        assertEquals(302, afterwards.statusCode(), "the old cookie is no sign-in any more");
        assertTrue(header(afterwards, "Location").startsWith(TestEnvironment.realmUrl()));
        HttpResponse<String> publicHome = withCookie(page(""), session);
        assertEquals(200, publicHome.statusCode());
        assertTrue(
                publicHome.body().contains("<html lang=\"en\""),
                "the session that remembered Spanish was ended on the server");
    }
}
