package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;

/**
 * The explorer's charts against the open-data API: the maps (scores and changes), the rank sensitivity, a region
 * read against a second one, the chrome-free embeds of each, in English and in Spanish on a phone.
 */
class ExplorerChartsIT extends PublicPagesFixture {
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
}
