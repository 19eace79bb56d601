package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.ReleaseSummary;
import org.regindex.release.control.ReleaseSummary.Row;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Score;

/** The release page's summary table: one row per region, best rank first, the first axis' categories only. */
class ReleaseSummaryTest {

    static final List<ReleaseContent.Axis> AXES = List.of(
            new ReleaseContent.Axis(
                    "area",
                    "Policy area",
                    List.of(
                            new ReleaseContent.Category("LAB", "Labour market"),
                            new ReleaseContent.Category("EDU", "Education"))),
            new ReleaseContent.Axis(
                    "population", "Target population", List.of(new ReleaseContent.Category("TCN", "TCN"))));

    static ReleaseContent content(List<Score> scores) {
        ReleaseContent.Header header =
                new ReleaseContent.Header("1.0", "T", "", "c", "C", "cb", 1, "CB", "MEAN_OF_FIRST_AXIS_MEANS", null);
        List<ReleaseContent.Region> regions = List.of(
                new ReleaseContent.Region("ES51", "Catalonia", "ES"),
                new ReleaseContent.Region("ITF3", "Campania", "IT"),
                new ReleaseContent.Region("SE22", "South Sweden", "SE"));
        return new ReleaseContent(header, AXES, List.of(), regions, List.of(), scores);
    }

    static List<Score> region(String code, String overall, String lab, String edu, String tcn, int answered) {
        List<Score> scores = new ArrayList<>();
        scores.add(new Score(code, Score.OVERALL, Score.OVERALL, d(overall), answered, 5));
        scores.add(new Score(code, "area", "LAB", d(lab), answered, 3));
        scores.add(new Score(code, "area", "EDU", d(edu), 0, 2));
        scores.add(new Score(code, "population", "TCN", d(tcn), answered, 3));
        return scores;
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void regionsAreListedBestRankFirstAndThoseWithoutAnOverallLast() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(region("SE22", null, null, null, null, 0));
        scores.addAll(region("ES51", "66.75", "50.00", "83.50", "83.33", 5));
        scores.addAll(region("ITF3", "75.00", "75.00", null, "100.00", 2));

        List<Row> rows = ReleaseSummary.rows(content(scores));

        assertEquals(
                List.of("ITF3", "ES51", "SE22"), rows.stream().map(Row::region).toList());
        Row best = rows.get(0);
        assertEquals(
                List.of("Campania", 1, d("75.00"), 2, 5, d("75.00")),
                List.of(best.name(), best.rank(), best.overall(), best.answered(), best.total(), best.category("LAB")));
        assertNull(best.category("EDU"), "a category without an applicable answer has no score");
        assertEquals(2, rows.get(1).rank());
        assertEquals(d("83.50"), rows.get(1).category("EDU"));
        assertNull(rows.get(2).rank());
        assertNull(rows.get(2).overall());
    }

    @Test
    void onlyTheFirstAxisCategoriesAreShown() {
        Row row = ReleaseSummary.rows(content(region("ES51", "66.75", "50.00", "83.50", "83.33", 5)))
                .get(0);
        assertEquals(List.of("LAB", "EDU"), List.copyOf(row.categories().keySet()));
        assertEquals("area", ReleaseSummary.firstAxis(content(List.of())).code());
    }

    @Test
    void equalOverallScoresShareARank() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(region("ES51", "50.00", "50.00", "50.00", "50.00", 5));
        scores.addAll(region("ITF3", "50.00", "50.00", "50.00", "50.00", 5));
        scores.addAll(region("SE22", "10.00", "10.00", "10.00", "10.00", 5));
        assertEquals(
                List.of(1, 1, 3),
                ReleaseSummary.rows(content(scores)).stream().map(Row::rank).toList());
    }
}
