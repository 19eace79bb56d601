package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.release.entity.Scoring;
import org.regindex.release.entity.Scoring.Answer;
import org.regindex.release.entity.Scoring.Frame;
import org.regindex.release.entity.Scoring.RegionScores;
import org.regindex.release.entity.Scoring.Score;

/** Scores checked against tables computed by hand (the expected numbers are written out, not recomputed). */
class ScoringTest {

    /** Two policy areas (LAB: L1-L3, EDU: E1-E2) and two target populations (TCN: L1, L2, E1; BIP: L3, E2). */
    static final Frame FRAME = new Frame(
            List.of(new Frame.Axis("area", List.of("LAB", "EDU")), new Frame.Axis("population", List.of("TCN", "BIP"))),
            List.of(
                    indicator("L1", "LAB", "TCN"),
                    indicator("L2", "LAB", "TCN"),
                    indicator("L3", "LAB", "BIP"),
                    indicator("E1", "EDU", "TCN"),
                    indicator("E2", "EDU", "BIP")));

    static Frame.Indicator indicator(String code, String area, String population) {
        return new Frame.Indicator(code, Map.of("area", area, "population", population));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theMeansOfAFullyAnsweredRegion() {
        RegionScores scores = Scoring.score(
                "ES51",
                FRAME,
                List.of(
                        new Answer("L1", 100),
                        new Answer("L2", 50),
                        new Answer("L3", 0),
                        new Answer("E1", 100),
                        new Answer("E2", 67)));
        // LAB = (100 + 50 + 0) / 3 = 50.00; EDU = (100 + 67) / 2 = 83.50; overall = (50 + 83.5) / 2 = 66.75
        assertEquals(new Score(d("50.00"), 3, 3), scores.byAxis().get("area").get("LAB"));
        assertEquals(new Score(d("83.50"), 2, 2), scores.byAxis().get("area").get("EDU"));
        assertEquals(new Score(d("66.75"), 5, 5), scores.overall());
        // TCN = (100 + 50 + 100) / 3 = 83.33; BIP = (0 + 67) / 2 = 33.50
        assertEquals(d("83.33"), scores.byAxis().get("population").get("TCN").value());
        assertEquals(d("33.50"), scores.byAxis().get("population").get("BIP").value());
    }

    @Test
    void notApplicableIsLeftOutNeverCountedAsZero() {
        RegionScores scores = Scoring.score(
                "ITF3",
                FRAME,
                List.of(
                        new Answer("L1", 100),
                        Answer.notApplicable("L2"),
                        new Answer("L3", 50),
                        Answer.notApplicable("E1"),
                        Answer.notApplicable("E2")));
        // LAB = (100 + 50) / 2 = 75.00 with 2 of 3 answered; EDU has nothing applicable: no score
        assertEquals(new Score(d("75.00"), 2, 3), scores.byAxis().get("area").get("LAB"));
        Score education = scores.byAxis().get("area").get("EDU");
        assertFalse(education.present());
        assertEquals(0, education.answered());
        // the overall counts only the areas that have a score
        assertEquals(new Score(d("75.00"), 2, 5), scores.overall());
        assertEquals(d("100.00"), scores.byAxis().get("population").get("TCN").value());
    }

    @Test
    void aRegionWithOneAnswer() {
        RegionScores scores = Scoring.score("AT13", FRAME, List.of(new Answer("E2", 33)));
        assertNull(scores.byAxis().get("area").get("LAB").value());
        assertEquals(new Score(d("33.00"), 1, 2), scores.byAxis().get("area").get("EDU"));
        assertEquals(new Score(d("33.00"), 1, 5), scores.overall());
        assertNull(scores.byAxis().get("population").get("TCN").value());
    }

    @Test
    void aRegionWithNoAnswerHasNoScoreAnywhere() {
        RegionScores scores = Scoring.score("SE22", FRAME, List.of());
        assertFalse(scores.overall().present());
        assertEquals(5, scores.overall().total());
    }

    @Test
    void halfwayValuesRoundUp() {
        List<Frame.Indicator> eight = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            eight.add(new Frame.Indicator("I" + i, Map.of("area", "A")));
        }
        Frame frame = new Frame(List.of(new Frame.Axis("area", List.of("A"))), eight);
        // 100 * 5 + 33 + 0 + 0 = 533; 533 / 8 = 66.625 exactly: half-up gives 66.63 (half-even would give 66.62)
        List<Answer> answers = List.of(
                new Answer("I1", 100),
                new Answer("I2", 100),
                new Answer("I3", 100),
                new Answer("I4", 100),
                new Answer("I5", 100),
                new Answer("I6", 33),
                new Answer("I7", 0),
                new Answer("I8", 0));
        assertEquals(d("66.63"), Scoring.score("X", frame, answers).overall().value());
        // 0/33/67/100 options: (33 + 67 + 67) / 3 = 55.666... -> 55.67
        assertEquals(
                d("55.67"),
                Scoring.score("X", frame, List.of(new Answer("I1", 33), new Answer("I2", 67), new Answer("I3", 67)))
                        .overall()
                        .value());
    }

    @Test
    void theOverallIsTheMeanOfExactAreaScoresNotOfRoundedOnes() {
        List<Frame.Indicator> indicators = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            indicators.add(new Frame.Indicator("A" + i, Map.of("area", "A")));
        }
        indicators.add(new Frame.Indicator("B1", Map.of("area", "B")));
        Frame frame = new Frame(List.of(new Frame.Axis("area", List.of("A", "B"))), indicators);
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer("A1", 1));
        for (int i = 2; i <= 8; i++) {
            answers.add(new Answer("A" + i, 0));
        }
        answers.add(new Answer("B1", 0));
        RegionScores scores = Scoring.score("X", frame, answers);
        // A = 1/8 = 0.125 -> shown 0.13; B = 0; overall = 0.0625 -> 0.06 (from rounded areas it would be 0.07)
        assertEquals(d("0.13"), scores.byAxis().get("area").get("A").value());
        assertEquals(d("0.06"), scores.overall().value());
    }

    @Test
    void ranksShareTiesAndSkipRegionsWithoutScore() {
        List<RegionScores> regions = List.of(
                Scoring.score("R1", FRAME, List.of(new Answer("L1", 50))),
                Scoring.score("R2", FRAME, List.of(new Answer("L1", 100))),
                Scoring.score("R3", FRAME, List.of(new Answer("E1", 50))),
                Scoring.score("R4", FRAME, List.of()),
                Scoring.score("R5", FRAME, List.of(new Answer("L1", 0))));
        assertEquals(Map.of("R2", 1, "R1", 2, "R3", 2, "R5", 4), Scoring.ranks(regions));
    }
}
