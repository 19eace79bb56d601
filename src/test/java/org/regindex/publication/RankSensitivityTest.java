package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.RankSensitivity;
import org.regindex.publication.control.RankSensitivity.Alternative;
import org.regindex.publication.control.SensitivityCsv;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Score;

/** Rank sensitivity on releases small enough to work out by hand. */
class RankSensitivityTest {

    private static final List<ReleaseContent.Axis> AXES = List.of(new ReleaseContent.Axis(
            "area", "Area", List.of(new ReleaseContent.Category("A", "A"), new ReleaseContent.Category("B", "B"))));
    private static final List<ReleaseContent.Indicator> INDICATORS =
            List.of(indicator("A1", "A"), indicator("A2", "A"), indicator("B1", "B"));
    private static final Alternative GEOMETRIC = new Alternative("geometric", null);
    private static final Alternative INDICATOR_MEAN = new Alternative("indicators", null);
    private static final Alternative WITHOUT_A = new Alternative("without", "A");
    private static final Alternative WITHOUT_B = new Alternative("without", "B");

    private static ReleaseContent.Indicator indicator(String code, String area) {
        return new ReleaseContent.Indicator(code, code, "", true, Map.of("area", area), List.of());
    }

    /** A region with indicator scores A1, A2, B1 (null: not applicable); area and overall scores as Scoring has them. */
    private record Region(String code, Integer a1, Integer a2, Integer b1) {}

    private static ReleaseContent release(Region... regions) {
        List<ReleaseContent.Answer> answers = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (Region r : regions) {
            answers.add(answer(r.code(), "A1", r.a1()));
            answers.add(answer(r.code(), "A2", r.a2()));
            answers.add(answer(r.code(), "B1", r.b1()));
            BigDecimal a = mean(r.a1(), r.a2());
            BigDecimal b = mean(r.b1());
            scores.add(new Score(r.code(), "area", "A", a, 2, 2));
            scores.add(new Score(r.code(), "area", "B", b, 1, 1));
            BigDecimal overall = a == null ? b : b == null ? a : mean(a.intValue(), b.intValue());
            scores.add(new Score(r.code(), Score.OVERALL, Score.OVERALL, overall, 3, 3));
        }
        return new ReleaseContent(
                new ReleaseContent.Header("1.0", "T", "", "c", "C", "cb", 1, "CB", "MEAN_OF_FIRST_AXIS_MEANS", null),
                AXES,
                INDICATORS,
                List.of(),
                answers,
                scores);
    }

    private static ReleaseContent.Answer answer(String region, String indicator, Integer score) {
        return new ReleaseContent.Answer(region, indicator, "o", score == null, null, "", score, List.of());
    }

    private static BigDecimal mean(Integer... values) {
        List<Integer> present =
                java.util.Arrays.stream(values).filter(v -> v != null).toList();
        return present.isEmpty()
                ? null
                : BigDecimal.valueOf(
                                present.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(present.size()), 2, java.math.RoundingMode.HALF_UP);
    }

    private static RankSensitivity.RegionRanks of(RankSensitivity.Result result, String region) {
        return result.regions().stream()
                .filter(r -> r.region().equals(region))
                .findFirst()
                .orElseThrow();
    }

    /**
     * X: A 100, B 0, overall 50. Y: A 40, B 40, overall 40. Z: A 20, B 30, overall 25. Published: X 1, Y 2, Z 3.
     * Geometric (of score + 1, minus 1): X √(101·1) − 1 = 9.05, Y 40, Z √(21·31) − 1 = 24.52: Y 1, Z 2, X 3.
     * Indicators: X (100 + 100 + 0) / 3 = 66.7, Y 40, Z (20 + 20 + 30) / 3 = 23.3: X 1, Y 2, Z 3.
     * Without A: X 0, Y 40, Z 30: Y 1, Z 2, X 3. Without B: X 100, Y 40, Z 20: X 1, Y 2, Z 3.
     */
    @Test
    void eachAlternativeRanksAsWorkedOutByHand() {
        RankSensitivity.Result result = RankSensitivity.of(
                release(new Region("X", 100, 100, 0), new Region("Y", 40, 40, 40), new Region("Z", 20, 20, 30)));
        assertEquals(List.of(GEOMETRIC, INDICATOR_MEAN, WITHOUT_A, WITHOUT_B), result.alternatives());
        assertEquals(
                List.of("X", "Y", "Z"),
                result.regions().stream()
                        .map(RankSensitivity.RegionRanks::region)
                        .toList());
        assertEquals(
                Map.of(GEOMETRIC, 3, INDICATOR_MEAN, 1, WITHOUT_A, 3, WITHOUT_B, 1),
                of(result, "X").alternativeRanks());
        assertEquals(
                Map.of(GEOMETRIC, 1, INDICATOR_MEAN, 2, WITHOUT_A, 1, WITHOUT_B, 2),
                of(result, "Y").alternativeRanks());
        assertEquals(
                Map.of(GEOMETRIC, 2, INDICATOR_MEAN, 3, WITHOUT_A, 2, WITHOUT_B, 3),
                of(result, "Z").alternativeRanks());
        assertEquals(2, of(result, "X").shift(GEOMETRIC));
        assertEquals(-1, of(result, "Y").shift(GEOMETRIC));
    }

    /**
     * With weights within ±25 %, X's weighted mean stays within [37.5, 62.5] and above Y's 40 unless A weighs under
     * two thirds of B, which the draws rarely reach; Z (24.5 to 25.5) always trails Y.
     */
    @Test
    void monteCarloIntervalsAreDeterministicAndOrdered() {
        ReleaseContent content =
                release(new Region("X", 100, 100, 0), new Region("Y", 40, 40, 40), new Region("Z", 20, 20, 30));
        RankSensitivity.Result result = RankSensitivity.of(content);
        assertEquals(result, RankSensitivity.of(content), "same content, same numbers");
        assertEquals(1, of(result, "X").medianRank());
        assertEquals(1, of(result, "X").lowRank());
        assertEquals(2, of(result, "Y").medianRank());
        assertEquals(3, of(result, "Z").lowRank());
        assertEquals(3, of(result, "Z").highRank());
        for (RankSensitivity.RegionRanks r : result.regions()) {
            assertTrue(
                    1 <= r.lowRank()
                            && r.lowRank() <= r.medianRank()
                            && r.medianRank() <= r.highRank()
                            && r.highRank() <= 3,
                    r.toString());
        }
    }

    @Test
    void equalAreasKeepTheRankUnderEveryWeightingAndEqualRegionsShareIt() {
        RankSensitivity.Result result = RankSensitivity.of(
                release(new Region("P", 90, 90, 90), new Region("Q", 50, 50, 50), new Region("R", 50, 50, 50)));
        assertEquals(
                List.of(1, 1, 1),
                List.of(
                        of(result, "P").lowRank(),
                        of(result, "P").medianRank(),
                        of(result, "P").highRank()));
        assertEquals(2, of(result, "Q").rank());
        assertEquals(2, of(result, "R").rank());
        assertEquals(2, of(result, "R").highRank());
        assertEquals(2, of(result, "R").alternativeRanks().get(GEOMETRIC));
    }

    @Test
    void aRegionScoredOnlyInTheAreaLeftOutHasNoRankThere() {
        RankSensitivity.Result result =
                RankSensitivity.of(release(new Region("X", 60, 60, null), new Region("Y", 40, 40, 40)));
        assertFalse(of(result, "X").alternativeRanks().containsKey(WITHOUT_A));
        assertEquals(1, of(result, "Y").alternativeRanks().get(WITHOUT_A));
        assertEquals(0, of(result, "X").shift(WITHOUT_A));
        assertEquals(
                "region,rank,median_rank,rank_p05,rank_p95,rank_geometric,rank_indicators,rank_without_A,rank_without_B\r\n"
                        + "X,1,1,1,1,1,1,,1\r\n"
                        + "Y,2,2,2,2,2,2,1,2\r\n",
                SensitivityCsv.csv(result));
    }
}
