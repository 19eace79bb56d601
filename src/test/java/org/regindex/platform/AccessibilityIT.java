package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * WCAG 2.1 AA as axe-core (Deque's rules, run in the browser) sees it: every public page, every signed-in
 * page of a coordinator and the expert's questionnaire, in English and German. A serious or critical
 * violation fails the test; every page's counts go to {@code target/accessibility.md}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final List<String> LANGUAGES = List.of("en", "de");
    private static final List<String> TABLE = new ArrayList<>();

    @ArquillianResource
    URL base;

    @AfterAll
    static void writeTheCounts() throws IOException {
        Files.writeString(
                Path.of("target/accessibility.md"),
                "| page | language | serious or critical | moderate or minor |\n|---|---|---|---|\n"
                        + String.join("\n", TABLE) + "\n");
    }

    private String address() {
        return TestEnvironment.onLocalhost(base);
    }

    /** A GeoJSON feature: a square of two degrees with its west edge at {@code lon}, so the maps draw both regions. */
    private static String square(String region, int lon) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + region
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + ",48],[" + (lon + 2) + ",48],["
                + (lon + 2) + ",50],[" + lon + ",50],[" + lon + ",48]]]}}";
    }

    /** The pages of a published release of a fresh round, and its questionnaire, by who may open them. */
    private Map<String, List<String>> pagesOfAPublishedRound() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        round.approve(round.regionB(), "expert2", "reviewer2", "b");
        String coordinator = Keycloak.accessToken("coordinator");
        Api.Reply frozen =
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{\"title\":\"Axe round\"}");
        assertEquals(201, frozen.status(), frozen.body());
        String version = frozen.json().asJsonObject().getString("version");
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + version + "/publish", coordinator, "")
                        .status());
        String release = "release=" + version;
        Api.Reply outlines = api.postBytes(
                "api/v1/regions/boundaries?attribution=Axe+test+outlines",
                coordinator,
                ("{\"type\":\"FeatureCollection\",\"features\":[" + square(round.regionA(), 10) + ","
                                + square(round.regionB(), 12) + "]}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, outlines.status(), outlines.body());
        String questionnaire = "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "",
                List.of(
                        "index.xhtml",
                        "explore/release.xhtml?version=" + version,
                        "explore/compare.xhtml?" + release,
                        "explore/region.xhtml?" + release + "&region=" + round.regionA(),
                        "explore/indicator.xhtml?" + release + "&indicator=LAB-ACT-01",
                        "explore/side-by-side.xhtml?" + release + "&a=" + round.regionA() + "&b=" + round.regionB(),
                        "explore/codebook.xhtml?version=" + version,
                        "explore/sensitivity.xhtml?" + release,
                        "embed/compare.xhtml?" + release + "&axis=policy_area&chart=LAB",
                        "embed/region.xhtml?" + release + "&region=" + round.regionA() + "&show=series",
                        "explore/region.xhtml?" + release + "&region=" + round.regionA() + "&with=" + round.regionB(),
                        "embed/region.xhtml?" + release + "&region=" + round.regionA()
                                + "&show=radar&axis=policy_area&with=" + round.regionB(),
                        "embed/sensitivity.xhtml?" + release,
                        "error/404.xhtml"));
        pages.put(
                "coordinator",
                List.of(
                        "app/home.xhtml",
                        "app/notifications.xhtml",
                        "app/audit.xhtml?cycle=" + round.cycle(),
                        "app/coordinator/regions.xhtml",
                        "app/coordinator/cycles.xhtml",
                        "app/coordinator/cycle.xhtml?code=" + round.cycle(),
                        "app/coordinator/codebooks.xhtml",
                        "app/coordinator/codebook.xhtml?code=" + round.codebook() + "&version=1",
                        "app/coordinator/releases.xhtml",
                        "app/coordinator/release.xhtml?version=" + version,
                        questionnaire));
        pages.put("expert1", List.of("app/home.xhtml", questionnaire));
        return pages;
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.open();
        if (!username.isEmpty()) {
            browser.get(address() + "app/home.xhtml");
            Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys(username);
            browser.findElement(By.id("kc-login")).click();
            Browser.waitUpTo(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        }
        return browser;
    }

    /** The serious and critical violations of one page, each as "rule (n elements)". */
    private List<String> check(WebDriver browser, String page, String language) {
        browser.get(address() + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        PrimeFaces.settle(browser);
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
        assertTrue(
                results.getErrorMessage() == null || results.getErrorMessage().isBlank(), results.getErrorMessage());
        List<String> failing = new ArrayList<>();
        int other = 0;
        for (Rule violation : results.getViolations()) {
            if (FAILING.contains(violation.getImpact())) {
                failing.add(violation.getId() + " (" + violation.getImpact() + ", "
                        + violation.getNodes().size() + " elements: "
                        + violation.getNodes().get(0).getTarget() + ")");
            } else {
                other++;
            }
        }
        TABLE.add(
                "| " + page.replaceAll("\\?.*", "") + " | " + language + " | " + failing.size() + " | " + other + " |");
        return failing;
    }

    @Test
    void noPageHasASeriousOrCriticalViolationInEnglishOrGerman() throws IOException {
        List<String> failures = new ArrayList<>();
        pagesOfAPublishedRound().forEach((username, pages) -> {
            WebDriver browser = signedIn(username);
            try {
                for (String language : LANGUAGES) {
                    for (String page : pages) {
                        check(browser, page, language)
                                .forEach(violation -> failures.add((username.isEmpty() ? "anonymous" : username) + " "
                                        + page + " [" + language + "]: " + violation));
                    }
                }
            } finally {
                browser.quit();
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " violations:\n" + String.join("\n", failures));
    }

    /** On a 375 px wide phone no page scrolls sideways: wide tables scroll inside their own box. */
    @Test
    void noPageScrollsSidewaysOnA375PixelScreen() throws IOException {
        List<String> failures = new ArrayList<>();
        pagesOfAPublishedRound().forEach((username, pages) -> {
            WebDriver browser = signedIn(username);
            try {
                browser.manage().window().setSize(new Dimension(375, 812));
                for (String page : pages) {
                    browser.get(address() + page);
                    Browser.waitUpTo(browser, 30)
                            .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                    PrimeFaces.settle(browser);
                    Object widths = ((JavascriptExecutor) browser)
                            .executeScript(
                                    "var d = document.documentElement;"
                                            + " if (d.scrollWidth <= d.clientWidth) { return null; }"
                                            + " var wide = Array.prototype.filter.call(document.querySelectorAll('body *'),"
                                            + " function (e) { return e.getBoundingClientRect().right > d.clientWidth + 1"
                                            + " || (e.scrollWidth > e.clientWidth + 1 && e.children.length === 0"
                                            + " && getComputedStyle(e).overflowX === 'visible'); })"
                                            + ".slice(0, 3).map(function (e) { return e.tagName + '.' + e.className; });"
                                            + " return d.clientWidth + ' px wide, content ' + d.scrollWidth + ' px: ' + wide.join(', ');");
                    if (widths != null) {
                        failures.add((username.isEmpty() ? "anonymous" : username) + " " + page + ": " + widths);
                    }
                    if (page.startsWith("explore/compare.xhtml")) {
                        failures.addAll(compareTableProblemsOnAPhone(browser));
                    }
                }
            } finally {
                browser.quit();
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " pages scroll sideways:\n" + String.join("\n", failures));
    }

    /**
     * The compare table on a phone: it says that more columns are to the right, and once scrolled to the last
     * one the region column is still in view (sticky) and the hint is gone.
     */
    private static List<String> compareTableProblemsOnAPhone(WebDriver browser) {
        List<String> problems = new ArrayList<>();
        WebElement box = browser.findElement(By.id("scores-box"));
        WebElement hint = browser.findElement(By.cssSelector("[data-scroll-hint='scores-box']"));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(
                script.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;", box))) {
            return List.of("the compare table fits a 375 px screen, so its sideways scrolling is not tested");
        }
        if (!hint.isDisplayed()) {
            problems.add("the compare table does not say that more columns are to the right");
        }
        script.executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth;", box);
        Browser.waitUpTo(browser, 5).until(driver -> !hint.isDisplayed());
        Number offset = (Number) script.executeScript(
                "var cell = arguments[0].querySelector('tbody th');"
                        + " return cell.getBoundingClientRect().left - arguments[0].getBoundingClientRect().left;",
                box);
        if (Math.abs(offset.doubleValue()) > 1) {
            problems.add(
                    "scrolled to the right, the compare table's region column moved out of view by " + offset + " px");
        }
        return problems;
    }
}
