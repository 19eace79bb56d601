package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.Bars;
import org.regindex.publication.control.CompareTable;
import org.regindex.publication.control.RadarChart;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.publication.control.Views;
import org.regindex.release.FreezerTest;
import org.regindex.release.entity.ReleaseContent;

/** The public pages' tables as pure functions: formatting per language, shades, filters, sorting, charts. */
class ExplorerTablesTest {

    private static final ScoreFormat ENGLISH = new ScoreFormat(Locale.ENGLISH, "none");

    private static Views.RegionRow row(
            String code, String country, Integer rank, String overall, String lab, String edu) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("LAB", lab == null ? null : new BigDecimal(lab));
        scores.put("EDU", edu == null ? null : new BigDecimal(edu));
        return new Views.RegionRow(
                code,
                "Region " + code,
                country,
                rank,
                overall == null ? null : new BigDecimal(overall),
                70,
                72,
                scores);
    }

    private static Views.ScoreTable table() {
        Views.AxisView axis = new Views.AxisView(
                "policy_area",
                "Policy area",
                List.of(
                        new ReleaseContent.Category("LAB", "Labour market"),
                        new ReleaseContent.Category("EDU", "Education")));
        return new Views.ScoreTable(
                "1.0",
                "d",
                axis,
                List.of(
                        row("ES51", "ES", 2, "61.25", "75.00", "47.50"),
                        row("ITF3", "IT", 1, "66.75", "50.00", "83.33"),
                        row("ES30", "ES", null, null, null, null),
                        row("AT13", "AT", 3, "40.05", "80.00", "0.00")));
    }

    @Test
    void scoresHaveOneDecimalInTheReadersLanguageRoundedHalfUp() {
        assertEquals("66.8", ENGLISH.score(new BigDecimal("66.75")));
        assertEquals("66,8", new ScoreFormat(Locale.forLanguageTag("es"), "ninguna").score(new BigDecimal("66.75")));
        assertEquals("100.0", ENGLISH.score(new BigDecimal("100.00")));
        assertEquals("none", ENGLISH.score(null));
        assertEquals("+5.5", ENGLISH.change(new BigDecimal("61.25"), new BigDecimal("66.75")));
        assertEquals("\u22125.5", ENGLISH.change(new BigDecimal("66.75"), new BigDecimal("61.25")));
        assertEquals("", ENGLISH.change(null, BigDecimal.ONE));
    }

    @Test
    void fiveShadesByBandsOfTwentyAndBarWidthsWithADotInEveryLanguage() {
        assertEquals("shade-0", ScoreFormat.shade(new BigDecimal("19.99")));
        assertEquals("shade-1", ScoreFormat.shade(new BigDecimal("20")));
        assertEquals("shade-4", ScoreFormat.shade(new BigDecimal("100")));
        assertEquals("shade-none", ScoreFormat.shade(null));
        assertEquals("66.8", ScoreFormat.percent(new BigDecimal("66.75")));
        assertEquals("100.0", ScoreFormat.percent(new BigDecimal("140")));
    }

    @Test
    void byRankFirstAndRegionsWithoutAScoreLast() {
        CompareTable.Table sorted = CompareTable.of(table(), null, null, false, ENGLISH);
        assertEquals(
                List.of("ITF3", "ES51", "AT13", "ES30"),
                sorted.rows().stream().map(CompareTable.Row::region).toList());
        assertEquals(List.of("AT", "ES", "IT"), sorted.countries());
        assertEquals("rank", sorted.sort());
        CompareTable.Row first = sorted.rows().get(0);
        assertEquals(
                List.of("50.0", "83.3"),
                first.cells().stream().map(CompareTable.Cell::text).toList());
        assertEquals("66.8", first.overall().text());
        assertEquals("70/72", first.coverage());
    }

    @Test
    void sortedByACategoryEitherWayStillPutsMissingScoresLast() {
        assertEquals(
                List.of("AT13", "ES51", "ITF3", "ES30"), regions(CompareTable.of(table(), null, "LAB", true, ENGLISH)));
        assertEquals(
                List.of("ITF3", "ES51", "AT13", "ES30"),
                regions(CompareTable.of(table(), null, "LAB", false, ENGLISH)));
        assertEquals(
                List.of("AT13", "ES30", "ES51", "ITF3"),
                regions(CompareTable.of(table(), null, "region", false, ENGLISH)));
        assertEquals(
                "rank",
                CompareTable.of(table(), null, "no-such-column", false, ENGLISH).sort());
    }

    @Test
    void aCountryFilterKeepsItsRegionsAndStillListsEveryCountry() {
        CompareTable.Table spain = CompareTable.of(table(), "ES", "overall", true, ENGLISH);
        assertEquals(List.of("ES51", "ES30"), regions(spain));
        assertEquals(List.of("AT", "ES", "IT"), spain.countries());
        assertEquals(4, spain.total());
    }

    @Test
    void barsOfAColumnHighestFirst() {
        List<Bars.Bar> bars = CompareTable.bars(CompareTable.of(table(), null, null, false, ENGLISH), "EDU");
        assertEquals(
                List.of("ITF3", "ES51", "AT13", "ES30"),
                bars.stream().map(Bars.Bar::code).toList());
        assertEquals("83.3", bars.get(0).width());
        assertEquals("none", bars.get(3).text());
        assertEquals("0", bars.get(3).width());
    }

    @Test
    void aRadarIsLabelledSvgWithOneSpokePerCategoryAndEscapedLabels() {
        String svg = RadarChart.svg(
                "r",
                "Scores <of> A",
                List.of(
                        new RadarChart.Point("Culture & religion", new BigDecimal("50"), "50.0"),
                        new RadarChart.Point("Housing", null, "none"),
                        new RadarChart.Point("Language", new BigDecimal("100"), "100.0")));
        assertTrue(
                svg.startsWith("<svg") && svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"r-title\""),
                svg);
        assertTrue(svg.contains("<title id=\"r-title\">Scores &lt;of&gt; A</title>"), svg);
        assertTrue(svg.contains("Culture &amp; religion (50.0)"), svg);
        assertEquals(3, svg.split("class=\"radar-spoke\"").length - 1);
        assertFalse(svg.contains("Culture & religion"));
        assertThrows(IllegalArgumentException.class, () -> RadarChart.svg("r", "t", List.of()));
    }

    @Test
    void aRadarCanDrawTheMeanAsADashedOutlineNamedInALegend() {
        List<RadarChart.Point> points = List.of(
                new RadarChart.Point("A", new BigDecimal("100"), "100.0"),
                new RadarChart.Point("B", new BigDecimal("100"), "100.0"),
                new RadarChart.Point("C", new BigDecimal("100"), "100.0"));
        String svg = RadarChart.svg(
                "r",
                "t",
                points,
                new RadarChart.Reference(
                        "Mean of all <regions>",
                        List.of(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("50"))));
        // Half way up the first spoke (straight up from the centre 320,150, radius 100): 320,100.
        assertTrue(svg.contains("<polygon class=\"radar-reference\" points=\"320.0,100.0 "), svg);
        assertTrue(svg.contains(">Mean of all &lt;regions&gt;</text>"), svg);
        assertTrue(svg.indexOf("radar-reference") < svg.indexOf("radar-area"), "drawn under the region's polygon");
        assertFalse(RadarChart.svg("r", "t", points).contains("radar-reference"), "no reference, no outline");
        assertThrows(
                IllegalArgumentException.class,
                () -> RadarChart.svg("r", "t", points, new RadarChart.Reference("m", List.of(BigDecimal.ONE))));
    }

    @Test
    void aRadarCanReadARegionAgainstTheMeanAndASecondRegionEachNamedInTheLegend() {
        List<RadarChart.Point> points = List.of(
                new RadarChart.Point("A", new BigDecimal("100"), "100.0"),
                new RadarChart.Point("B", new BigDecimal("100"), "100.0"),
                new RadarChart.Point("C", new BigDecimal("100"), "100.0"));
        List<BigDecimal> half = List.of(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("50"));
        String svg = RadarChart.svg(
                "r",
                "t",
                points,
                List.of(
                        new RadarChart.Reference("Mean", half),
                        new RadarChart.Reference(
                                "Region <B>", List.of(new BigDecimal("25"), BigDecimal.ZERO, BigDecimal.ZERO))));
        // A quarter of the way up the first spoke: 320,125.
        assertTrue(svg.contains("<polygon class=\"radar-second\" points=\"320.0,125.0 "), svg);
        assertTrue(svg.contains(">Region &lt;B&gt;</text>"), svg);
        assertTrue(svg.contains("y=\"274\">Mean</text>") && svg.contains("y=\"292\">Region &lt;B&gt;</text>"), svg);
        assertTrue(svg.indexOf("radar-second") < svg.indexOf("radar-area"), "under the region's polygon");
        assertThrows(
                IllegalArgumentException.class,
                () -> RadarChart.svg(
                        "r",
                        "t",
                        points,
                        List.of(
                                new RadarChart.Reference("1", half),
                                new RadarChart.Reference("2", half),
                                new RadarChart.Reference("3", half))));
    }

    @Test
    void aChangeTakesOneOfFiveShadesAsItRoundsWithTheStrongerFromFivePoints() {
        assertEquals("change-0", ScoreFormat.changeShade(new BigDecimal("50"), new BigDecimal("50.04")));
        assertEquals("change-up-1", ScoreFormat.changeShade(new BigDecimal("50"), new BigDecimal("50.05")));
        assertEquals("change-up-1", ScoreFormat.changeShade(new BigDecimal("50"), new BigDecimal("54.94")));
        assertEquals("change-up-2", ScoreFormat.changeShade(new BigDecimal("50"), new BigDecimal("54.95")));
        assertEquals("change-down-1", ScoreFormat.changeShade(new BigDecimal("50"), new BigDecimal("49.9")));
        assertEquals("change-down-2", ScoreFormat.changeShade(new BigDecimal("50"), new BigDecimal("45")));
        assertEquals("shade-none", ScoreFormat.changeShade(null, new BigDecimal("45")));
        assertEquals("shade-none", ScoreFormat.changeShade(new BigDecimal("45"), null));
        assertEquals(
                "+5.0", ENGLISH.change(new BigDecimal("50"), new BigDecimal("54.95")), "the shade follows the text");
    }

    private static List<String> regions(CompareTable.Table table) {
        return table.rows().stream().map(CompareTable.Row::region).toList();
    }

    @Test
    void aRegionProfileGivesTheShareOfLowConfidenceAnswersWhereTheReleaseRecordsConfidence() {
        Views.RegionProfile campania = Views.region(
                        FreezerTest.recordingConfidence(FreezerTest.frozen()), "d", "ITF3", null)
                .orElseThrow();
        assertEquals(1, campania.lowConfidence(), "LAB-ACT-01 low, EDU-RES-01 high");
        assertEquals(50, campania.lowConfidencePercent());
        assertEquals(
                List.of("low", "high"),
                campania.answers().stream().map(Views.AnswerView::confidence).toList());
        Views.RegionProfile older =
                Views.region(FreezerTest.frozen(), "d", "ITF3", null).orElseThrow();
        assertEquals(null, older.lowConfidence(), "a release that does not record confidence says nothing of it");
        assertEquals(null, older.lowConfidencePercent());
    }
}
