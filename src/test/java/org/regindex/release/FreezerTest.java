package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.Freezer;
import org.regindex.release.control.LiveAnswers;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Score;

/**
 * Freezing copies the codebook, the chosen regions and their approved answers as values, gives each answer
 * its option's score, scores every region, and puts it all in canonical order.
 */
public class FreezerTest {

    static final ReleaseContent.Header HEADER = new ReleaseContent.Header(
            "1.0", "Round 2026", "", "2026", "Round 2026", "small", 1, "Small", "MEAN_OF_FIRST_AXIS_MEANS", null);
    static final Region CATALONIA = new Region("ES51", "Catalonia", "ES");
    static final Region CAMPANIA = new Region("ITF3", "Campania", "IT");
    static final Region VIENNA = new Region("AT13", "Vienna", "AT");

    /** LAB-ACT-01 (policy area LAB): a 100, b 50, c 0. EDU-RES-01 (EDU): a 100, b 0, may be not applicable. Both TCN. */
    static Cycle cycle() {
        Cycle cycle = new Cycle("2026", "Round 2026", IndicatorFilterTest.CODEBOOK, LocalDate.of(2026, 6, 30));
        List.of(CATALONIA, CAMPANIA, VIENNA).forEach(cycle::include);
        return cycle;
    }

    static List<LiveAnswers.Row> rows() {
        return List.of(
                new LiveAnswers.Row("ITF3", "EDU-RES-01", "a", false, "", "Schools everywhere.", "high", List.of()),
                new LiveAnswers.Row(
                        "ITF3", "LAB-ACT-01", "c", false, "", "No plan.", "low", List.<String[]>of(new String[] {
                            "Ministry site", "https://example.org"
                        })),
                new LiveAnswers.Row(
                        "ES51", "EDU-RES-01", null, true, "No schools for adults.", "See the census.", null, List.of()),
                new LiveAnswers.Row(
                        "ES51",
                        "LAB-ACT-01",
                        "b",
                        false,
                        "",
                        "Targets for two sectors.",
                        "medium",
                        List.of(new String[] {"Plan 2024", "https://example.org/plan"}, new String[] {"Interview", ""
                        })));
    }

    /** The same content as a release frozen since answers have a confidence. */
    public static ReleaseContent recordingConfidence(ReleaseContent content) {
        ReleaseContent.Header h = content.header();
        return new ReleaseContent(
                new ReleaseContent.Header(
                        h.version(),
                        h.title(),
                        h.notes(),
                        h.cycleCode(),
                        h.cycleName(),
                        h.codebookCode(),
                        h.codebookVersion(),
                        h.codebookTitle(),
                        h.aggregation(),
                        h.correctsVersion(),
                        true),
                content.axes(),
                content.indicators(),
                content.regions(),
                content.answers(),
                content.scores(),
                content.translations());
    }

    public static ReleaseContent frozen() {
        return Freezer.content(HEADER, cycle(), List.of(CAMPANIA, CATALONIA, VIENNA), rows());
    }

    static Score score(String region, String axis, String category, String value, int answered, int total) {
        return new Score(region, axis, category, value == null ? null : new BigDecimal(value), answered, total);
    }

    @Test
    void theCodebookIsCopiedWithItsAxesCategoriesAndOptions() {
        ReleaseContent content = frozen();
        assertEquals(HEADER, content.header());
        assertEquals(
                List.of(
                        new ReleaseContent.Axis(
                                "policy_area",
                                "Policy area",
                                List.of(
                                        new ReleaseContent.Category("LAB", "Labour market"),
                                        new ReleaseContent.Category("EDU", "Education"))),
                        new ReleaseContent.Axis(
                                "target_population",
                                "Target population",
                                List.of(new ReleaseContent.Category("TCN", "Third-country nationals")))),
                content.axes());
        assertEquals(
                List.of(
                        new ReleaseContent.Indicator(
                                "LAB-ACT-01",
                                "Is there a \"strategy\", with objectives?",
                                "Look at the regional plan;\nsecond line.",
                                false,
                                Map.of("policy_area", "LAB", "target_population", "TCN"),
                                List.of(
                                        new ReleaseContent.Option("a", "Yes, with targets", 100),
                                        new ReleaseContent.Option("b", "Partly", 50),
                                        new ReleaseContent.Option("c", "No", 0))),
                        new ReleaseContent.Indicator(
                                "EDU-RES-01",
                                "Ünïcode — in Baden-Württemberg?",
                                "",
                                true,
                                Map.of("policy_area", "EDU", "target_population", "TCN"),
                                List.of(
                                        new ReleaseContent.Option("a", "Yes", 100),
                                        new ReleaseContent.Option("b", "No", 0)))),
                content.indicators());
    }

    @Test
    void theChosenRegionsAreListedByCountryThenCode() {
        assertEquals(
                List.of(
                        new ReleaseContent.Region("AT13", "Vienna", "AT"),
                        new ReleaseContent.Region("ES51", "Catalonia", "ES"),
                        new ReleaseContent.Region("ITF3", "Campania", "IT")),
                frozen().regions());
    }

    @Test
    void eachAnswerIsCopiedWithItsOptionsScoreInRegionThenCodebookOrder() {
        assertEquals(
                List.of(
                        new ReleaseContent.Answer(
                                "ES51",
                                "LAB-ACT-01",
                                "b",
                                false,
                                "",
                                "Targets for two sectors.",
                                50,
                                List.of(
                                        new ReleaseContent.Source("Plan 2024", "https://example.org/plan"),
                                        new ReleaseContent.Source("Interview", "")),
                                "medium"),
                        new ReleaseContent.Answer(
                                "ES51",
                                "EDU-RES-01",
                                null,
                                true,
                                "No schools for adults.",
                                "See the census.",
                                null,
                                List.of()),
                        new ReleaseContent.Answer(
                                "ITF3",
                                "LAB-ACT-01",
                                "c",
                                false,
                                "",
                                "No plan.",
                                0,
                                List.of(new ReleaseContent.Source("Ministry site", "https://example.org")),
                                "low"),
                        new ReleaseContent.Answer(
                                "ITF3", "EDU-RES-01", "a", false, "", "Schools everywhere.", 100, List.of(), "high")),
                frozen().answers());
    }

    @Test
    void everyRegionIsScoredOverallFirstThenByAxisAndCategory() {
        assertEquals(
                List.of(
                        // Vienna has no approved answer: no score anywhere, but the coverage says of how many
                        score("AT13", "", "", null, 0, 2), score("AT13", "policy_area", "LAB", null, 0, 1),
                        score("AT13", "policy_area", "EDU", null, 0, 1),
                                score("AT13", "target_population", "TCN", null, 0, 2),
                        // Catalonia: LAB = 50; EDU is not applicable, so left out; overall = mean of the areas with a
                        // score = 50
                        score("ES51", "", "", "50.00", 1, 2), score("ES51", "policy_area", "LAB", "50.00", 1, 1),
                        score("ES51", "policy_area", "EDU", null, 0, 1),
                                score("ES51", "target_population", "TCN", "50.00", 1, 2),
                        // Campania: LAB = 0, EDU = 100, overall = (0 + 100) / 2 = 50; TCN = (0 + 100) / 2 = 50
                        score("ITF3", "", "", "50.00", 2, 2), score("ITF3", "policy_area", "LAB", "0.00", 1, 1),
                        score("ITF3", "policy_area", "EDU", "100.00", 1, 1),
                                score("ITF3", "target_population", "TCN", "50.00", 2, 2)),
                frozen().scores());
    }

    @Test
    void theScoresCanBeRebuiltFromTheFrozenAnswersAndCodebookAlone() {
        ReleaseContent content = frozen();
        assertEquals(content.scores(), Freezer.scores(content));
    }

    @Test
    void theSameAnswersFreezeToTheSameDigestWhateverOrderTheyAreReadIn() {
        List<LiveAnswers.Row> reversed = new ArrayList<>(rows());
        Collections.reverse(reversed);
        ReleaseContent other = Freezer.content(HEADER, cycle(), List.of(VIENNA, CATALONIA, CAMPANIA), reversed);
        assertEquals(CanonicalExport.digest(frozen()), CanonicalExport.digest(other));
    }
}
