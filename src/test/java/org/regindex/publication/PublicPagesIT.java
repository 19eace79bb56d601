package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.release.control.ReleaseExports;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;

/**
 * The public explorer without signing in: home, compare, region, indicator, side by side and release
 * pages of published releases, checked against the open-data API; Spanish texts and numbers; a withdrawn
 * release shows its reason and no data; a draft and an unknown version are 404, and no draft value
 * appears on any page.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    @ArquillianResource
    URL base;

    private static final String RUN = Integer.toString(
                    ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36)
            .substring(1)
            .toUpperCase(Locale.ROOT);
    private static final String SECRET = "Draft-only justification " + RUN;
    private static final String REASON = "Withdrawn because the test says so " + RUN + ".";

    /** Made once for the class and only read by the tests. */
    private static Rounds.Round round;

    private static String first;
    private static String correction;
    private static String withdrawn;
    private static String draft;
    private static String draftRegion;

    private Api api;
    private WebDriver browser;

    @BeforeEach
    void releasesOfEveryState() throws IOException {
        api = new Api(base);
        if (round == null) {
            String coordinator = Keycloak.accessToken("coordinator");
            round = new Rounds(api).create("PT", "AT");
            round.approve(round.regionA(), "expert1", "reviewer1", "a");
            round.approve(round.regionB(), "expert2", "reviewer2", "b");
            first = round.publish("Public pages " + RUN);
            round.correct(
                    round.regionA(),
                    "expert1",
                    "reviewer1",
                    "ADI-ACR-01",
                    "b",
                    "Corrected after review.",
                    "[{\"citation\":\"Amended plan\",\"url\":\"https://example.org/amended\"}]");
            correction = round.publish("Public pages " + RUN + " corrected");

            Rounds.Round gone = new Rounds(api).create();
            gone.approve(gone.regionA(), "expert1", "reviewer1", "b");
            withdrawn = gone.publish("Withdrawn " + RUN);
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

    @Test
    void theHomeShowsTheLatestPublishedReleaseWithAChartAndItsTableAndListsEveryRelease() {
        open("");
        assertEquals(
                "How do regions govern migrant integration?",
                browser.findElement(By.tagName("h1")).getText());
        assertTrue(text("latest-heading").contains(correction), text("latest-heading"));
        List<List<String>> rows = rows("overall-table");
        assertEquals(2, rows.size());
        assertTrue(
                rows.get(0).get(1).contains(round.regionA()),
                "the region that answered a everywhere is first: " + rows);
        assertEquals(overall(correction, round.regionA()), rows.get(0).get(2));
        assertEquals("72/72", rows.get(0).get(3));
        List<WebElement> bars = browser.findElements(By.cssSelector("#overall-chart li.bar"));
        assertEquals(2, bars.size());
        assertTrue(
                bars.get(0).getText().contains(overall(correction, round.regionA())),
                bars.get(0).getText());
        String releases = text("release-list");
        assertTrue(releases.contains(first) && releases.contains(correction), releases);
        assertTrue(releases.contains(withdrawn + ": Withdrawn " + RUN) && releases.contains("Withdrawn,"), releases);
        assertFalse(releases.contains("Secret " + RUN), releases);
        assertEquals(4, browser.findElements(By.cssSelector("#axes li")).size(), "the four axes are explained");
        screenshot("public-home");
    }

    @Test
    void theMapDrawsEachRegionWithABoundaryInItsTableShadeAndNamesItsScoreOnFocus() {
        giveRegionASquare();
        open("explore/compare.xhtml?release=" + correction + "&axis=policy_area&chart=LAB");
        List<WebElement> shapes = browser.findElements(By.cssSelector("#compare-map-figure path.map-region"));
        assertEquals(
                List.of(round.regionA()),
                shapes.stream().map(p -> p.getAttribute("data-region")).toList());
        String shade = shapes.get(0).getAttribute("class").replaceAll(".*(shade-[0-4n][a-z]*).*", "$1");
        String expected = ScoreFormat.shade(regionScores(correction, "policy_area", round.regionA())
                .getJsonObject("scores")
                .getJsonNumber("LAB")
                .bigDecimalValue());
        assertEquals(expected, shade, "the map colours the chosen category, as the table does");
        String labourCell = browser.findElement(By.cssSelector("#scores tr[data-region='" + round.regionA() + "']"))
                .findElements(By.xpath("./th|./td"))
                .get(headers().indexOf("Labour market"))
                .getAttribute("class");
        assertTrue(labourCell.contains(expected), labourCell);
        assertTrue(text("compare-map-figure").contains("Not on the map, for want of a boundary"), "region B has none");
        assertTrue(text("compare-map-figure").contains("Test outlines " + RUN), "the boundaries' notice");

        WebElement area = browser.findElement(By.cssSelector("#compare-map-figure a.map-area"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", area);
        String readout = browser.findElement(By.cssSelector("#compare-map-figure .map-readout"))
                .getText();
        assertEquals(area.getAttribute("aria-label"), readout);
        assertTrue(readout.endsWith(cell(round.regionA(), "Labour market")), readout);
        screenshot("compare-map");

        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        assertEquals(
                1,
                browser.findElements(By.cssSelector(
                                "#region-map-figure path.map-highlight[data-region='" + round.regionA() + "']"))
                        .size());
    }

    @Test
    void theSensitivityPageShowsTheRanksTheApiComputesAndItsCsv() {
        JsonObject computed = api.get("api/v1/releases/" + correction + "/sensitivity", null)
                .json()
                .asJsonObject();
        assertEquals(1000, computed.getInt("runs"));
        open("explore/compare.xhtml?release=" + correction);
        browser.findElement(By.id("sensitivity-link")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("sensitivity")));
        List<List<String>> rows = rows("sensitivity");
        List<JsonObject> regions = computed.getJsonArray("regions").getValuesAs(JsonObject.class);
        assertEquals(regions.size(), rows.size());
        assertEquals(
                4 + computed.getJsonArray("alternatives").size(),
                rows.get(0).size(),
                rows.get(0).toString());
        for (int i = 0; i < regions.size(); i++) {
            JsonObject region = regions.get(i);
            List<String> row = rows.get(i);
            assertEquals(Integer.toString(region.getInt("rank")), row.get(0));
            assertEquals(Integer.toString(region.getInt("medianRank")), row.get(2));
            assertEquals(region.getInt("rankP05") + "–" + region.getInt("rankP95"), row.get(3));
            String geometric = region.getJsonObject("alternativeRanks").containsKey("rank_geometric")
                    ? Integer.toString(region.getJsonObject("alternativeRanks").getInt("rank_geometric"))
                    : "–";
            assertTrue(row.get(4).startsWith(geometric + " "), row.get(4));
        }
        assertTrue(text("method").contains("1000") || text("method").contains("1,000"), text("method"));
        screenshot("sensitivity");

        Api.Reply csv = api.get("api/v1/releases/" + correction + "/sensitivity?format=csv", null);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(
                csv.body()
                        .startsWith(
                                "region,rank,median_rank,rank_p05,rank_p95,rank_geometric,rank_indicators,rank_without_"),
                csv.body());
        assertEquals(regions.size() + 1, csv.body().split("\r\n").length);
        assertEquals(
                400,
                api.get("api/v1/releases/" + correction + "/sensitivity?format=xml", null)
                        .status());
        assertEquals(
                410,
                api.get("api/v1/releases/" + withdrawn + "/sensitivity", null).status());
    }

    @Test
    void everyChartHasAChromeFreeAddressToEmbedWithItsSourceAndLicence() {
        open("explore/compare.xhtml?release=" + correction + "&axis=policy_area&chart=LAB");
        String bars = embedAddress("embed-compare-bars");
        assertTrue(
                bars.contains("/embed/compare.xhtml?release=" + correction + "&axis=policy_area&chart=LAB&show=bars"),
                bars);
        String map = embedAddress("embed-compare-map");
        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        String series = embedAddress("embed-region-series");
        int cycles = rows("series").size();

        openEmbed(bars);
        assertTrue(
                browser.findElements(By.cssSelector("header.shell-header, nav")).isEmpty(), "no site chrome");
        assertEquals(
                2, browser.findElements(By.cssSelector("#embed-bars li.bar")).size());
        assertTrue(text("embed-source").contains(correction), text("embed-source"));
        assertFalse(text("embed-licence").isBlank());
        assertTrue(browser.findElement(By.id("embed-source"))
                .getAttribute("href")
                .contains("/explore/compare.xhtml?release=" + correction));

        openEmbed(series);
        assertEquals(
                cycles,
                browser.findElements(By.cssSelector("#embed-series svg.line-chart circle"))
                        .size());

        open("explore/sensitivity.xhtml?release=" + correction);
        int ranked = rows("sensitivity").size();
        openEmbed(embedAddress("embed-sensitivity"));
        assertEquals(ranked, rows("sensitivity").size());
        assertTrue(browser.findElement(By.cssSelector("#sensitivity tbody th a"))
                .getAttribute("href")
                .contains("/explore/region.xhtml?release=" + correction));

        String embedPath = map.substring(map.indexOf("embed/"));
        Api.Reply framed = api.get(embedPath, null);
        assertEquals(200, framed.status());
        assertTrue(
                framed.header("Content-Security-Policy").contains("frame-ancestors *"),
                framed.header("Content-Security-Policy"));
        assertEquals(null, framed.header("X-Frame-Options"));
        assertTrue(api.get("explore/sensitivity.xhtml?release=" + correction, null)
                .header("Content-Security-Policy")
                .contains("frame-ancestors 'self'"));
    }

    /** A square boundary for region A (an import replaces it, so every test that needs a map may call this). */
    private void giveRegionASquare() {
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

    @Test
    void aRegionIsReadAgainstASecondRegionOnEveryRadarAndInItsTablesAndTheRadarEmbeds() {
        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        assertTrue(browser.findElements(By.cssSelector("svg.radar polygon.radar-second"))
                .isEmpty());
        new Select(browser.findElement(By.id("with"))).selectByValue(round.regionB());
        browser.findElement(By.id("show-with")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("with=" + round.regionB()));
        assertEquals(
                3,
                browser.findElements(By.cssSelector("svg.radar polygon.radar-second"))
                        .size(),
                "each radar outlines the second region beside the mean");
        String nameOfB = browser.findElement(By.id("other-policy_area")).getText();
        assertTrue(
                browser.findElement(By.cssSelector("svg.radar[aria-labelledby='radar-policy_area-title']"))
                        .getAttribute("innerHTML")
                        .contains(nameOfB),
                "the legend names the second region");
        JsonObject scoresOfB =
                regionScores(correction, "policy_area", round.regionB()).getJsonObject("scores");
        List<String> labour = rows("scores-policy_area").stream()
                .filter(row -> row.get(0).equals("Labour market"))
                .findFirst()
                .orElseThrow();
        assertEquals(oneDecimal(scoresOfB.getJsonNumber("LAB").bigDecimalValue()), labour.get(5));
        assertEquals(
                round.regionB(),
                new Select(browser.findElement(By.id("with")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        screenshot("region-against-second");

        String radar = embedAddress("embed-radar-policy_area");
        assertTrue(radar.contains("&show=radar&axis=policy_area&with=" + round.regionB()), radar);
        openEmbed(radar);
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#embed-radar svg.radar polygon.radar-second"))
                        .size());
        assertTrue(
                browser.findElement(By.id("embed-radar"))
                        .getAttribute("innerHTML")
                        .contains("Labour market"),
                "the radar's categories");
    }

    @Test
    void theChangeSinceAnEarlierReleaseIsAlsoAMapInTheChangesShadesAndEmbeds() {
        giveRegionASquare();
        open("explore/compare.xhtml?release=" + correction + "&since=" + first);
        WebElement shape = browser.findElement(
                By.cssSelector("#change-map-figure path.map-region[data-region='" + round.regionA() + "']"));
        BigDecimal before = regionScores(first, "overall", round.regionA())
                .getJsonNumber("overall")
                .bigDecimalValue();
        BigDecimal after = regionScores(correction, "overall", round.regionA())
                .getJsonNumber("overall")
                .bigDecimalValue();
        assertTrue(
                shape.getAttribute("class").contains(ScoreFormat.changeShade(before, after)),
                shape.getAttribute("class"));
        assertTrue(
                shape.findElement(By.xpath(".."))
                        .getAttribute("aria-label")
                        .endsWith(cell(round.regionA(), "Change since " + first)),
                "the region names its change, as the table's column does");
        assertTrue(text("change-map-figure").contains("unchanged"), "the legend of changes");
        String embedded = embedAddress("embed-change-map");
        assertTrue(embedded.contains("since=" + first + "&show=change"), embedded);
        openEmbed(embedded);
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#embed-change-map path.map-region"))
                        .size());
        assertTrue(
                browser.findElement(By.id("embed-source")).getAttribute("href").contains("since=" + first));
    }

    @Test
    void theMapTheSeriesAndTheSensitivityReadInSpanishAndFitAPhone() {
        giveRegionASquare();
        browser.manage().window().setSize(new Dimension(375, 800));
        open("explore/compare.xhtml?release=" + correction + "&axis=policy_area&chart=LAB&since=" + first + "&lang=es");
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(text("compare-map-figure").startsWith("Mapa de las regiones"), text("compare-map-figure"));
        assertTrue(text("change-map-figure").contains("sin cambio"), text("change-map-figure"));
        assertFitsThePhone("compare");
        WebElement map = browser.findElement(By.cssSelector("#compare-map-figure svg.region-map"));
        assertTrue(
                map.getSize().getWidth() <= 375 && map.getSize().getHeight() > 100,
                map.getSize().toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", map);
        screenshot("compare-map-es-phone");

        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA() + "&lang=es");
        assertEquals("A lo largo de las rondas", text("series-heading"));
        assertEquals(1, browser.findElements(By.cssSelector("svg.line-chart")).size());
        assertFitsThePhone("region");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("series-heading")));
        screenshot("region-series-es-phone");

        open("explore/sensitivity.xhtml?release=" + correction + "&lang=es");
        assertEquals("Método", text("method-heading"));
        assertFalse(text("method").isBlank());
        assertFitsThePhone("sensitivity");
        screenshot("sensitivity-es-phone");
    }

    private void assertFitsThePhone(String page) {
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, page + " is wider than the phone by " + overflow + " px: " + widest());
    }

    /** Opens an embed's absolute address and waits for its footer. */
    private void openEmbed(String address) {
        browser.get(address);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("embed-source")));
    }

    /** The iframe's address in an "Embed this" snippet. */
    private String embedAddress(String id) {
        String code = browser.findElement(By.id(id + "-code")).getAttribute("textContent");
        java.util.regex.Matcher src =
                java.util.regex.Pattern.compile("src=\"([^\"]+)\"").matcher(code);
        assertTrue(src.find(), code);
        return src.group(1).replace("&amp;", "&");
    }

    @Test
    void compareShowsTheChangeSinceAnEarlierRelease() {
        open("explore/compare.xhtml?release=" + correction);
        new Select(browser.findElement(By.id("since"))).selectByValue(first);
        browser.findElement(By.id("show")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("since=" + first));
        assertEquals("Change since " + first, text("change-column"));
        BigDecimal before = regionScores(first, "overall", round.regionA())
                .getJsonNumber("overall")
                .bigDecimalValue();
        BigDecimal after = regionScores(correction, "overall", round.regionA())
                .getJsonNumber("overall")
                .bigDecimalValue();
        BigDecimal delta = after.subtract(before).setScale(1, RoundingMode.HALF_UP);
        String expected = (delta.signum() > 0 ? "+" : delta.signum() < 0 ? "\u2212" : "")
                + delta.abs().toPlainString();
        assertEquals(expected, cell(round.regionA(), "Change since " + first));
        assertEquals("0.0", cell(round.regionB(), "Change since " + first), "the correction left region B as it was");
        assertTrue(browser.findElements(By.id("since-codebook")).isEmpty(), "the same codebook");
        browser.findElement(By.linkText("Region")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("sort=region"));
        assertTrue(browser.getCurrentUrl().contains("since=" + first), "sorting keeps the comparison");
    }

    @Test
    void compareSwitchesTheAxisAndTheCountryAndSortsByAColumn() {
        open("explore/compare.xhtml?release=" + correction);
        assertEquals(List.of("Rank", "Region", "Country", "Overall", "Answered"), headers());
        assertEquals(overall(correction, round.regionB()), cell(round.regionB(), "Overall"));

        new Select(browser.findElement(By.id("axis"))).selectByValue("policy_area");
        browser.findElement(By.id("show")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("axis=policy_area"));
        assertEquals(
                8 + 5, headers().size(), "the eight policy areas besides rank, region, country, overall and coverage");
        JsonObject scores =
                regionScores(correction, "policy_area", round.regionB()).getJsonObject("scores");
        assertEquals(oneDecimal(scores.getJsonNumber("LAB").bigDecimalValue()), cell(round.regionB(), "Labour market"));
        assertEquals(
                oneDecimal(scores.getJsonNumber("ADI").bigDecimalValue()), cell(round.regionB(), "Antidiscrimination"));
        assertTrue(
                browser.findElement(By.cssSelector("tr[data-region='" + round.regionB() + "'] td.score"))
                        .getAttribute("class")
                        .matches(".*shade-[0-4].*"),
                "cells are coloured by score");
        screenshot("compare-policy-area");

        Select countries = new Select(browser.findElement(By.id("country")));
        assertEquals(
                List.of("All countries", "Austria", "Portugal"),
                countries.getOptions().stream().map(WebElement::getText).toList(),
                "countries by name, not code");
        countries.selectByValue("AT");
        browser.findElement(By.id("show")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("country=AT"));
        assertEquals(List.of(round.regionB()), regionsInTable());
        assertEquals("Austria", cell(round.regionB(), "Country"));
        assertTrue(text("table-summary").startsWith("1 of 2 regions"), text("table-summary"));
        assertEquals(8 + 5, headers().size(), "the axis stays chosen");

        new Select(browser.findElement(By.id("country"))).selectByValue("");
        new Select(browser.findElement(By.id("axis"))).selectByValue("target_population");
        browser.findElement(By.id("show")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("axis=target_population"));
        assertEquals(2 + 5, headers().size());
        assertEquals(2, regionsInTable().size());

        browser.findElement(By.linkText("Region")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("sort=region"));
        assertEquals(
                "ascending",
                browser.findElement(By.xpath("//table[@id='scores']//th[normalize-space()='Region']"))
                        .getAttribute("aria-sort"));
        List<String> descending = new ArrayList<>(regionsInTable());
        java.util.Collections.reverse(descending);
        browser.findElement(By.linkText("Region")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("dir=desc"));
        assertEquals(descending, regionsInTable(), "the second click sorts the other way");
        assertEquals(
                2,
                browser.findElements(By.cssSelector("#compare-chart li.bar")).size(),
                "the chart has a bar per region");
    }

    @Test
    void aRegionProfileHasScoresOnEveryAxisTheChangeSinceTheFirstReleaseAndEveryAnswerWithItsSources() {
        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        assertTrue(text("page-title").contains(round.regionA()));
        assertEquals(overall(correction, round.regionA()), text("overall"));
        assertEquals("1", text("rank"));
        assertEquals("72 of 72 indicators answered", text("coverage"));
        String change = text("change");
        assertTrue(
                change.startsWith("Release " + first + ": overall " + overall(first, round.regionA()) + " (\u2212"),
                change);
        assertTrue(change.endsWith("rank 1."), change);
        assertEquals(
                4, browser.findElements(By.cssSelector("section.axis-scores")).size(), "one section per axis");
        assertEquals(
                3,
                browser.findElements(By.cssSelector("svg.radar[role=img] title"))
                        .size(),
                "a radar for each axis of three or more categories (the target population has two: bars)");
        assertEquals(
                3,
                browser.findElements(By.cssSelector("svg.radar polygon.radar-reference"))
                        .size(),
                "each radar outlines the mean of all regions");
        assertEquals(72, browser.findElements(By.cssSelector("#answers > li")).size());
        assertEquals(
                List.of(List.of(correction, overall(correction, round.regionA()))),
                rows("series").stream()
                        .map(row -> List.of(row.get(0), row.get(2)))
                        .toList(),
                "over the cycles: one cycle, its newest published release");

        // Beside each category: the mean of all regions and of the region's country, from the published scores.
        BigDecimal a = regionScores(correction, "policy_area", round.regionA())
                .getJsonObject("scores")
                .getJsonNumber("LAB")
                .bigDecimalValue();
        BigDecimal b = regionScores(correction, "policy_area", round.regionB())
                .getJsonObject("scores")
                .getJsonNumber("LAB")
                .bigDecimalValue();
        List<String> labour = rows("scores-policy_area").stream()
                .filter(row -> row.get(0).equals("Labour market"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        oneDecimal(a),
                        oneDecimal(a.add(b).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)),
                        oneDecimal(a)),
                List.of(labour.get(1), labour.get(3), labour.get(4)),
                "its score, the mean of both regions and the mean of its country (Portugal: itself alone)");
        assertTrue(browser.findElement(By.cssSelector("table[id='scores-policy_area'] thead"))
                .getText()
                .contains("Mean in Portugal"));

        WebElement changed = browser.findElement(By.id("answer-ADI-ACR-01"));
        assertEquals(
                "Corrected after review.",
                changed.findElement(By.cssSelector(".answer-justification")).getText());
        assertTrue(
                changed.findElement(By.cssSelector(".answer-option")).getText().startsWith("b "));
        WebElement source = changed.findElement(By.cssSelector("a.source-link"));
        assertEquals("https://example.org/amended", source.getAttribute("href"));
        assertEquals("_blank", source.getAttribute("target"));
        assertTrue(source.getAttribute("rel").contains("noopener"));
        assertTrue(source.getText().startsWith("Amended plan"));
        WebElement other = browser.findElement(By.id("answer-LAB-ACT-01"));
        assertEquals(
                "Documented in the regional plan.",
                other.findElement(By.cssSelector(".answer-justification")).getText());
        assertEquals("100", other.findElement(By.cssSelector(".answer-score")).getText());
        screenshot("public-region");
    }

    @Test
    void aRegionsSeriesTakesItsCyclesNewestPublishedReleaseWithTheScoresOfThatRelease() {
        JsonObject series = api.get("api/v1/regions/" + round.regionA() + "/series?axis=policy_area", null)
                .json()
                .asJsonObject();
        assertEquals(round.regionA(), series.getString("region"));
        List<JsonObject> points = series.getJsonArray("points").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(correction),
                points.stream().map(point -> point.getString("version")).toList(),
                "one cycle, one point: the correction replaces " + first);
        JsonObject point = points.get(0);
        assertFalse(point.getBoolean("codebookChanged"));
        assertEquals(
                overall(correction, round.regionA()),
                oneDecimal(point.getJsonNumber("overall").bigDecimalValue()));
        assertEquals(
                regionScores(correction, "policy_area", round.regionA()).getJsonObject("scores"),
                point.getJsonObject("scores"),
                "the same category scores as the release's score table");
        assertEquals(
                400,
                api.get("api/v1/regions/" + round.regionA() + "/series?axis=nope", null)
                        .status());
        assertEquals(
                404, api.get("api/v1/regions/" + draftRegion + "/series", null).status(), "only in a draft");
    }

    @Test
    void anIndicatorShowsItsOptionsAndEveryRegionsAnswerAndSideBySideHighlightsDifferences() {
        open("explore/indicator.xhtml?release=" + correction + "&indicator=LAB-ACT-01");
        assertTrue(text("page-title").startsWith("LAB-ACT-01 "));
        List<List<String>> options = rows("options");
        assertTrue(options.size() >= 2, options.toString());
        assertEquals("a", options.get(0).get(0));
        assertEquals("1", options.get(0).get(3), "one region chose a");
        List<List<String>> answers = rows("answers");
        assertEquals(2, answers.size());
        assertTrue(
                answers.stream().allMatch(row -> row.get(3).equals("Documented in the regional plan.")),
                answers.toString());
        assertTrue(answers.stream().allMatch(row -> row.get(4).startsWith("Regional plan")), answers.toString());
        screenshot("public-indicator");

        open("explore/side-by-side.xhtml?release=" + correction + "&a=" + round.regionA() + "&b=" + round.regionB());
        assertEquals(
                "They answered 71 of 72 indicators differently.",
                text("differences"),
                "B answered b everywhere, A answered a everywhere but once");
        WebElement same = browser.findElement(By.cssSelector("#side tr[data-indicator='ADI-ACR-01']"));
        assertFalse(same.getAttribute("class").contains("differs"));
        assertTrue(same.getText().contains("Same"));
        WebElement differs = browser.findElement(By.cssSelector("#side tr[data-indicator='LAB-ACT-01']"));
        assertTrue(differs.getAttribute("class").contains("differs"));
        assertTrue(differs.getText().contains("Differs"));
        browser.findElement(By.id("only")).click();
        browser.findElement(By.id("show")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("only=differences"));
        assertEquals(71, browser.findElements(By.cssSelector("#side tbody tr")).size());
        screenshot("public-side-by-side");
    }

    @Test
    void theReleasePageOffersEveryDownloadTheCitationAndTheChangesSinceTheReleaseItCorrects() {
        open("explore/release.xhtml?version=" + correction);
        JsonObject listed =
                api.get("api/v1/releases/" + correction, null).json().asJsonObject();
        assertEquals(listed.getString("digest"), text("digest"));
        assertEquals("Published", text("state"));
        List<WebElement> downloads = browser.findElements(By.cssSelector("#downloads a.download"));
        assertEquals(ReleaseExports.Format.values().length, downloads.size(), "every format of the API");
        for (WebElement download : downloads) {
            String href = download.getAttribute("href");
            assertTrue(href.contains("/api/v1/releases/" + correction + "/download/"), href);
            assertEquals(
                    200, api.get(href.substring(href.indexOf("api/v1/")), null).status(), href);
        }
        assertTrue(
                text("citation").contains(correction) && text("citation").contains(listed.getString("digest")),
                text("citation"));
        assertEquals(first, text("corrects"));
        String summary = text("diff-summary");
        assertTrue(summary.startsWith("Since release " + first + ": 0 regions added, 0 removed; 1 answer,"), summary);
        assertTrue(text("answer-changes").contains("ADI-ACR-01"));
        assertEquals(72, rows("codebook-table").size());
        screenshot("public-release");
    }

    @Test
    void inSpanishTextsAndNumbersFollowTheLanguageAcrossPages() {
        open("explore/compare.xhtml?release=" + correction + "&axis=policy_area");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String english = cell(round.regionB(), "Overall");
        assertTrue(english.contains("."), english);
        browser.findElement(By.id("lang-es")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("lang=es"));
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Comparar regiones", text("page-title"));
        assertEquals(english.replace('.', ','), cell(round.regionB(), "Global"), "a comma as the decimal mark");
        assertTrue(browser.getCurrentUrl().contains("axis=policy_area"), "the page keeps its parameters");
        assertEquals("Iniciar sesión", text("signIn"));
        screenshot("compare-spanish");

        assertEquals(
                "es",
                browser.manage().getCookieNamed("regindex-lang").getValue(),
                "the switch leaves the choice in a cookie of the browser's");
        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        assertEquals(
                "es",
                browser.findElement(By.tagName("html")).getAttribute("lang"),
                "the cookie remembers the language");
        assertEquals("72 de 72 indicadores respondidos", text("coverage"));
        String lead = browser.findElement(By.cssSelector("p.lead")).getText();
        assertTrue(lead.startsWith("País Portugal."), lead);
        assertTrue(
                text("change")
                        .startsWith("Versión " + first + ": global "
                                + overall(first, round.regionA()).replace('.', ',')),
                text("change"));
        open("explore/release.xhtml?version=" + correction);
        assertEquals("Publicada", text("state"));
        assertTrue(text("published").matches("\\d{1,2} de \\p{L}+ de \\d{4}"), "a Spanish date: " + text("published"));

        browser.findElement(By.id("lang-en")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("lang=en"));
        assertEquals("Published", text("state"));
    }

    @Test
    void aWithdrawnReleaseShowsItsReasonItsCitationAndNoData() {
        open("explore/release.xhtml?version=" + withdrawn);
        assertEquals("Withdrawn", text("state"));
        assertEquals(REASON, text("withdrawn-reason"));
        assertTrue(browser.findElements(By.id("downloads")).isEmpty(), "no data");
        assertTrue(
                text("citation").contains("/releases/" + withdrawn + ". SHA-256: "),
                "its tombstone keeps the citation");
        screenshot("public-release-withdrawn");
        open("explore/compare.xhtml?release=" + withdrawn);
        assertEquals(REASON, text("withdrawn-reason"));
        assertTrue(browser.findElements(By.id("scores")).isEmpty(), "no scores of a withdrawn release");
        open("explore/region.xhtml?release=" + withdrawn + "&region=" + round.regionA());
        assertTrue(browser.findElements(By.id("answers")).isEmpty());
    }

    @Test
    void draftsAndUnknownVersionsArePageNotFoundAndNoDraftValueIsShownAnywhere() {
        for (String path : List.of(
                "explore/release.xhtml?version=" + draft,
                "explore/compare.xhtml?release=" + draft,
                "explore/region.xhtml?release=" + draft + "&region=" + draftRegion,
                "explore/indicator.xhtml?release=" + draft + "&indicator=LAB-ACT-01",
                "explore/side-by-side.xhtml?release=" + draft,
                "explore/release.xhtml?version=9999.0",
                "explore/region.xhtml?release=" + correction + "&region=" + draftRegion,
                "explore/indicator.xhtml?release=" + correction + "&indicator=NO-SUCH-01")) {
            Api.Reply reply = api.get(path, null);
            assertEquals(404, reply.status(), path);
            assertFalse(reply.body().contains(SECRET), path);
            open(path);
            assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText(), path);
        }
        screenshot("public-not-found");
        for (String path : publicPages()) {
            Api.Reply reply = api.get(path, null);
            assertEquals(200, reply.status(), path);
            assertFalse(reply.body().contains(SECRET) || reply.body().contains("Secret " + RUN), path);
        }
    }

    @Test
    void everyPublicPageHasALanguageLabelledControlsAndHeaderScopesAndFitsAPhone() {
        browser.manage().window().setSize(new Dimension(375, 800));
        for (String path : publicPages()) {
            open(path);
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), path);
            for (WebElement control :
                    browser.findElements(By.cssSelector("main select, main input:not([type=hidden]), main textarea"))) {
                String id = control.getAttribute("id");
                boolean labelled = !browser.findElements(By.cssSelector("label[for='" + id + "']"))
                                .isEmpty()
                        || control.getAttribute("aria-label") != null;
                assertTrue(labelled, path + ": control " + id + " has no label");
            }
            for (WebElement header : browser.findElements(By.cssSelector("table.data-table th"))) {
                assertNotNull(
                        header.getAttribute("scope"), path + ": a table header without scope: " + header.getText());
            }
            for (WebElement table : browser.findElements(By.cssSelector("table.data-table"))) {
                assertTrue(
                        table.findElement(By.xpath("..")).getAttribute("class").contains("table-scroll"),
                        path + ": a table scrolls in its own wrapper on a phone");
            }
            Long overflow = (Long) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 1, path + ": the page is wider than the phone by " + overflow + " px: " + widest());
        }
        open("explore/compare.xhtml?release=" + correction + "&axis=policy_area");
        screenshot("compare-phone");
        open("explore/indicator.xhtml?release=" + correction + "&indicator=LAB-ACT-01");
        screenshot("indicator-phone");
        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        screenshot("region-phone");
    }

    @Test
    void noPublicPageNorOpenDataAnswerGivesAnAnonymousVisitorASessionOrACookie() {
        List<String> paths = new ArrayList<>(publicPages());
        paths.addAll(List.of(
                "explore/compare.xhtml?release=" + correction + "&lang=es",
                "explore/sensitivity.xhtml?release=" + correction,
                "explore/codebook.xhtml?version=" + correction,
                "embed/compare.xhtml?release=" + correction,
                "embed/region.xhtml?release=" + correction + "&region=" + round.regionA() + "&show=series",
                "embed/sensitivity.xhtml?release=" + correction,
                "releases/" + correction,
                "api/v1/releases",
                "api/v1/releases/" + correction + "/scores?axis=policy_area",
                "api/v1/releases/" + correction + "/sensitivity",
                "api/v1/regions/" + round.regionA() + "/series",
                "sitemap.xml"));
        List<String> cookies = new ArrayList<>();
        for (String path : paths) {
            Api.Reply reply = api.get(path, null);
            assertEquals(200, reply.status(), path);
            reply.raw().headers().allValues("Set-Cookie").forEach(cookie -> cookies.add("/" + path + ": " + cookie));
        }
        assertEquals(List.of(), cookies);
    }

    @Test
    void noPublicPageBreaksTheContentSecurityPolicyAndTheChartsStillDraw() {
        Browser.policyViolations(browser);
        for (String path : publicPages()) {
            open(path);
            assertEquals(List.of(), Browser.policyViolations(browser), path);
        }
        open("");
        assertFalse(browser.findElements(By.cssSelector("#overall-chart li.bar .bar-fill"))
                .isEmpty());
        assertTrue(
                browser.findElement(By.cssSelector("#overall-chart li.bar .bar-fill"))
                                .getSize()
                                .getWidth()
                        > 0,
                "the bars take their width from a style attribute");
        open("explore/region.xhtml?release=" + correction + "&region=" + round.regionA());
        assertTrue(browser.findElement(By.cssSelector("svg.radar")).getSize().getHeight() > 100, "the radar is drawn");
        open("explore/compare.xhtml?release=" + correction + "&axis=policy_area&chart=LAB");
        assertEquals(
                2, browser.findElements(By.cssSelector("#compare-chart li.bar")).size());
        assertEquals(List.of(), Browser.policyViolations(browser));
    }

    /** The elements that stick out on the right (not those a table's wrapper scrolls), to say what to fix. */
    private Object widest() {
        return ((JavascriptExecutor) browser)
                .executeScript(
                        "const w = document.documentElement.clientWidth; return Array.from("
                                + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement.closest('.table-scroll')))"
                                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' ');");
    }

    private List<String> publicPages() {
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

    private void open(String path) {
        browser.get(TestEnvironment.onLocalhost(base) + path);
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    private void screenshot(String name) {
        Browser.screenshot(browser, "PublicPagesIT-" + name);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private List<List<String>> rows(String tableId) {
        return browser.findElements(By.cssSelector("table[id='" + tableId + "'] > tbody > tr")).stream()
                .map(row -> row.findElements(By.xpath("./th|./td")).stream()
                        .map(cell -> cell.getText().strip())
                        .toList())
                .toList();
    }

    private List<String> headers() {
        return browser.findElements(By.cssSelector("#scores thead th")).stream()
                .map(th -> th.getText().strip())
                .toList();
    }

    private List<String> regionsInTable() {
        return browser.findElements(By.cssSelector("#scores tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-region"))
                .toList();
    }

    private String cell(String region, String header) {
        int column = headers().indexOf(header);
        assertTrue(column >= 0, header + " in " + headers());
        return browser.findElement(By.cssSelector("#scores tr[data-region='" + region + "']"))
                .findElements(By.xpath("./th|./td"))
                .get(column)
                .getText()
                .strip();
    }

    private JsonObject regionScores(String version, String axis, String region) {
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

    private String overall(String version, String region) {
        return oneDecimal(regionScores(version, "overall", region)
                .getJsonNumber("overall")
                .bigDecimalValue());
    }

    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
