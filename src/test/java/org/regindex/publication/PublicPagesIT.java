package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.regindex.release.control.ReleaseExports;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;

/**
 * The public explorer without signing in: home, compare, region, indicator, side by side and release
 * pages of published releases, checked against the open-data API; Spanish texts and numbers; a withdrawn
 * release shows its reason and no data; a draft and an unknown version are 404, and no draft value
 * appears on any page; no public page opens a session.
 */
class PublicPagesIT extends PublicPagesFixture {
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

    @Test
    void theComparePageRendersQuickly() {
        String path = "explore/compare.xhtml?release=" + correction + "&axis=policy_area";
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long started = System.nanoTime();
            assertEquals(200, api.get(path, null).status());
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.println("Compare page render times (ms): " + millis + ", median " + median);
        assertTrue(median < 1000, "median " + median + " ms");
    }
}
