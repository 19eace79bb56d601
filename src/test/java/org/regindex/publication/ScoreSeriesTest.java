package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.ScoreSeries;
import org.regindex.release.ReleaseDiffTest;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Score;

/** A region over the cycles: one point per cycle from its newest published release, codebook changes marked. */
class ScoreSeriesTest {

    static ReleaseContent release(String version, int codebookVersion, String region, String overall, String lab) {
        ReleaseContent.Header header = new ReleaseContent.Header(
                version,
                "Round",
                "",
                "c" + version.split("\\.")[0],
                "Round " + version.split("\\.")[0],
                "cb",
                codebookVersion,
                "CB",
                "MEAN_OF_FIRST_AXIS_MEANS",
                null);
        List<Score> scores = List.of(
                new Score(region, Score.OVERALL, Score.OVERALL, new BigDecimal(overall), 2, 2),
                new Score(region, "area", "LAB", lab == null ? null : new BigDecimal(lab), 1, 1),
                new Score(region, "area", "EDU", new BigDecimal(overall), 1, 1));
        return new ReleaseContent(
                header,
                ReleaseDiffTest.AXES,
                List.of(),
                List.of(new ReleaseContent.Region(region, "Catalonia", "ES")),
                List.of(),
                scores);
    }

    @Test
    void onePointPerCycleOldestFirstWhereACorrectionReplacesTheReleaseItCorrects() {
        ScoreSeries.Series series = ScoreSeries.of(
                        List.of(
                                release("2.0", 1, "ES51", "60.00", "50.00"),
                                release("1.0", 1, "ES51", "40.00", "30.00"),
                                release("2.1", 1, "ES51", "65.00", "55.00")),
                        "ES51",
                        "area")
                .orElseThrow();
        assertEquals("Catalonia", series.name());
        assertEquals(
                List.of("1.0", "2.1"),
                series.points().stream().map(ScoreSeries.Point::version).toList());
        assertEquals(new BigDecimal("65.00"), series.points().get(1).overall());
        assertEquals(
                Map.of("LAB", new BigDecimal("55.00"), "EDU", new BigDecimal("65.00")),
                series.points().get(1).scores());
        assertEquals("c2", series.points().get(1).cycle());
    }

    @Test
    void aPointWhoseCodebookDiffersFromTheOneBeforeIsMarked() {
        List<ScoreSeries.Point> points = ScoreSeries.of(
                        List.of(
                                release("1.0", 1, "ES51", "40.00", "30.00"),
                                release("2.0", 1, "ES51", "45.00", "30.00"),
                                release("3.0", 2, "ES51", "50.00", "30.00")),
                        "ES51",
                        "overall")
                .orElseThrow()
                .points();
        assertEquals(
                List.of(false, false, true),
                points.stream().map(ScoreSeries.Point::codebookChanged).toList());
        assertEquals("cb v2", points.get(2).codebook());
        assertTrue(points.get(0).scores().isEmpty(), "overall only: no categories");
    }

    @Test
    void aCategoryWithoutAScoreIsNullAndReleasesWithoutTheRegionAreLeftOut() {
        ScoreSeries.Series series = ScoreSeries.of(
                        List.of(release("1.0", 1, "AT13", "40.00", "30.00"), release("2.0", 1, "ES51", "60.00", null)),
                        "ES51",
                        "area")
                .orElseThrow();
        assertEquals(1, series.points().size());
        assertTrue(series.points().get(0).scores().containsKey("LAB"));
        assertEquals(null, series.points().get(0).scores().get("LAB"));
        assertFalse(series.points().get(0).codebookChanged(), "the first point has nothing to differ from");
        assertTrue(ScoreSeries.of(List.of(release("1.0", 1, "AT13", "40.00", "30.00")), "ES51", "area")
                .isEmpty());
    }
}
