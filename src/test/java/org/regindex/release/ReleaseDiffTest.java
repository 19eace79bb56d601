package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.control.ReleaseDiff.AnswerChange;
import org.regindex.release.control.ReleaseDiff.Diff;
import org.regindex.release.control.ReleaseDiff.RankChange;
import org.regindex.release.control.ReleaseDiff.ScoreChange;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Answer;
import org.regindex.release.entity.ReleaseContent.Region;
import org.regindex.release.entity.ReleaseContent.Score;
import org.regindex.release.entity.ReleaseContent.Source;

/** What a correction changed, region by region, and the changelog written from it. */
public class ReleaseDiffTest {

    public static final List<ReleaseContent.Axis> AXES = List.of(new ReleaseContent.Axis(
            "area",
            "Policy area",
            List.of(
                    new ReleaseContent.Category("LAB", "Labour market"),
                    new ReleaseContent.Category("EDU", "Education"))));
    static final List<ReleaseContent.Option> OPTIONS =
            List.of(new ReleaseContent.Option("a", "Yes", 100), new ReleaseContent.Option("b", "No", 0));
    static final List<ReleaseContent.Indicator> INDICATORS = List.of(
            new ReleaseContent.Indicator("L1", "Labour?", "", false, Map.of("area", "LAB"), OPTIONS),
            new ReleaseContent.Indicator("E1", "Schools?", "", true, Map.of("area", "EDU"), OPTIONS));
    static final Region CATALONIA = new Region("ES51", "Catalonia", "ES");
    static final Region CAMPANIA = new Region("ITF3", "Campania", "IT");
    static final Region SOUTH_SWEDEN = new Region("SE22", "South Sweden", "SE");
    static final Region VIENNA = new Region("AT13", "Vienna", "AT");
    static final Source PLAN = new Source("Plan", "https://example.org/plan");
    static final Source LAW = new Source("Law 12/2019", "");

    static ReleaseContent content(String version, List<Region> regions, List<Answer> answers, List<Score> scores) {
        ReleaseContent.Header header = new ReleaseContent.Header(
                version, "Round", "", "2026", "Round 2026", "cb", 1, "CB", "MEAN_OF_FIRST_AXIS_MEANS", null);
        return new ReleaseContent(header, AXES, INDICATORS, regions, answers, scores);
    }

    static Answer answer(String region, String indicator, String option, String justification, Source... sources) {
        return new Answer(
                region, indicator, option, false, "", justification, option.equals("a") ? 100 : 0, List.of(sources));
    }

    static List<Score> scores(String region, String overall, String lab, String edu) {
        return List.of(
                new Score(region, Score.OVERALL, Score.OVERALL, d(overall), 2, 2),
                new Score(region, "area", "LAB", d(lab), 1, 1),
                new Score(region, "area", "EDU", d(edu), 1, 1));
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static List<Score> concat(List<Score> first, List<Score> second, List<Score> third) {
        List<Score> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    /** Ranks: ITF3 and SE22 share 1 (100), ES51 is 3 (50). */
    static final ReleaseContent FIRST = content(
            "1.0",
            List.of(CATALONIA, CAMPANIA, SOUTH_SWEDEN),
            List.of(
                    answer("ES51", "L1", "a", "Targets.", PLAN), answer("ES51", "E1", "b", "None.", PLAN),
                    answer("ITF3", "L1", "a", "Targets.", PLAN), answer("SE22", "L1", "a", "Targets.", PLAN)),
            concat(
                    scores("ES51", "50.00", "100.00", "0.00"),
                    scores("ITF3", "100.00", "100.00", null),
                    scores("SE22", "100.00", "100.00", null)));

    /**
     * SE22 out, AT13 in; ES51's L1 justification revised (same option); ITF3's L1 from a to b with a second source,
     * and its E1 answered for the first time. Ranks: AT13 1 (100), ES51 and ITF3 share 2 (50).
     */
    static final ReleaseContent CORRECTION = content(
            "1.1",
            List.of(CATALONIA, CAMPANIA, VIENNA),
            List.of(
                    answer("ES51", "L1", "a", "Targets, updated.", PLAN),
                    answer("ES51", "E1", "b", "None.", PLAN),
                    answer("ITF3", "L1", "b", "Targets.", PLAN, LAW),
                    answer("ITF3", "E1", "a", "Schools.", PLAN),
                    answer("AT13", "L1", "a", "Targets.", PLAN)),
            concat(
                    scores("ES51", "50.0", "100.00", "0.00"),
                    scores("ITF3", "50.00", "0.00", "100.00"),
                    scores("AT13", "100.00", "100.00", null)));

    @Test
    void regionsAddedAndRemovedAreListed() {
        Diff diff = ReleaseDiff.between(FIRST, CORRECTION);
        assertEquals("1.0", diff.from());
        assertEquals("1.1", diff.to());
        assertEquals(List.of("AT13"), diff.regionsAdded());
        assertEquals(List.of("SE22"), diff.regionsRemoved());
    }

    @Test
    void changedAnswersOfRegionsInBothAreListedWithChoiceAndSources() {
        assertEquals(
                List.of(
                        new AnswerChange("ES51", "L1", "a (100), 1 source", "a (100), 1 source, justification revised"),
                        new AnswerChange("ITF3", "L1", "a (100), 1 source", "b (0), 2 sources"),
                        new AnswerChange("ITF3", "E1", "no answer", "a (100), 1 source")),
                ReleaseDiff.between(FIRST, CORRECTION).answers(),
                "AT13's answers are not changes: the region is new");
    }

    @Test
    void changedScoresAreComparedAsNumbersNotAsText() {
        assertEquals(
                List.of(
                        new ScoreChange("ITF3", Score.OVERALL, Score.OVERALL, d("100.00"), d("50.00")),
                        new ScoreChange("ITF3", "area", "LAB", d("100.00"), d("0.00")),
                        new ScoreChange("ITF3", "area", "EDU", null, d("100.00"))),
                ReleaseDiff.between(FIRST, CORRECTION).scores(),
                "ES51's overall 50.00 and 50.0 are the same score");
    }

    @Test
    void ranksShareTiesAndChangesAreListedForRegionsInBoth() {
        assertEquals(Map.of("ITF3", 1, "SE22", 1, "ES51", 3), ReleaseDiff.ranks(FIRST));
        assertEquals(Map.of("AT13", 1, "ES51", 2, "ITF3", 2), ReleaseDiff.ranks(CORRECTION));
        assertEquals(
                List.of(new RankChange("ES51", 3, 2), new RankChange("ITF3", 1, 2)),
                ReleaseDiff.between(FIRST, CORRECTION).ranks());
    }

    @Test
    void aRegionThatLosesItsOverallLosesItsRank() {
        ReleaseContent before =
                content("1.0", List.of(CATALONIA), List.of(), scores("ES51", "50.00", "50.00", "50.00"));
        ReleaseContent after = content("1.1", List.of(CATALONIA), List.of(), scores("ES51", null, null, null));
        Diff diff = ReleaseDiff.between(before, after);
        assertEquals(List.of(new RankChange("ES51", 1, null)), diff.ranks());
        assertTrue(ReleaseDiff.changelog(diff).contains("Score ES51 overall: 50.00 -> none\n"));
        assertTrue(ReleaseDiff.changelog(diff).endsWith("Rank ES51: 1 -> none\n"));
    }

    @Test
    void notApplicableAndNoOptionAreDescribedInWords() {
        Answer noOption = new Answer("ES51", "E1", null, false, "", "Unclear.", null, List.of(PLAN));
        Answer notApplicable =
                new Answer("ES51", "E1", null, true, "No schools.", "Unclear.", null, List.of(PLAN, LAW));
        Diff diff = ReleaseDiff.between(
                content("1.0", List.of(CATALONIA), List.of(noOption), List.of()),
                content("1.1", List.of(CATALONIA), List.of(notApplicable), List.of()));
        assertEquals(
                List.of(new AnswerChange("ES51", "E1", "no option, 1 source", "not applicable, 2 sources")),
                diff.answers());
    }

    @Test
    void theChangelogListsEveryChangeInPlainLines() {
        assertEquals("""
                Release 1.1 corrects 1.0.
                Region added: AT13
                Region removed: SE22
                Answer ES51 L1: a (100), 1 source -> a (100), 1 source, justification revised
                Answer ITF3 L1: a (100), 1 source -> b (0), 2 sources
                Answer ITF3 E1: no answer -> a (100), 1 source
                Score ITF3 overall: 100.00 -> 50.00
                Score ITF3 area/LAB: 100.00 -> 0.00
                Score ITF3 area/EDU: none -> 100.00
                Rank ES51: 3 -> 2
                Rank ITF3: 1 -> 2
                """, ReleaseDiff.changelog(ReleaseDiff.between(FIRST, CORRECTION)));
    }

    @Test
    void theSameContentUnderANewVersionIsNoChange() {
        ReleaseContent again = new ReleaseContent(
                new ReleaseContent.Header(
                        "1.1", "Round", "", "2026", "Round 2026", "cb", 1, "CB", "MEAN_OF_FIRST_AXIS_MEANS", "1.0"),
                FIRST.axes(),
                FIRST.indicators(),
                FIRST.regions(),
                FIRST.answers(),
                FIRST.scores());
        Diff diff = ReleaseDiff.between(FIRST, again);
        assertTrue(diff.isEmpty());
        assertEquals("Release 1.1 corrects 1.0.\nNo answer, score or rank changed.\n", ReleaseDiff.changelog(diff));
        assertFalse(ReleaseDiff.between(FIRST, CORRECTION).isEmpty());
    }
}
