package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Answer;
import org.regindex.release.entity.ReleaseContent.Axis;
import org.regindex.release.entity.ReleaseContent.Category;
import org.regindex.release.entity.ReleaseContent.Header;
import org.regindex.release.entity.ReleaseContent.Indicator;
import org.regindex.release.entity.ReleaseContent.Option;
import org.regindex.release.entity.ReleaseContent.Region;
import org.regindex.release.entity.ReleaseContent.Score;
import org.regindex.release.entity.ReleaseContent.Source;

/**
 * The canonical form: compact JSON with the fields in a fixed order, lists in content order, UTF-8; the
 * digest is its SHA-256, so equal contents have equal digests and any changed value changes it.
 */
class CanonicalExportTest {

    static final Header HEADER = new Header(
            "1.0",
            "Round 2026",
            "First release.",
            "2026",
            "Round 2026",
            "small",
            2,
            "Small codebook",
            "MEAN_OF_FIRST_AXIS_MEANS",
            null);
    static final List<Axis> AXES =
            List.of(new Axis("area", "Policy area", List.of(new Category("LAB", "Labour market"))));
    static final List<Indicator> INDICATORS = List.of(new Indicator(
            "L1",
            "Is there a plan?",
            "Look at the plan.",
            true,
            Map.of("area", "LAB"),
            List.of(new Option("a", "Yes", 100), new Option("b", "No", 0))));
    static final List<Region> REGIONS = List.of(new Region("ES51", "Catalonia", "ES"));
    static final List<Answer> ANSWERS = List.of(new Answer(
            "ES51",
            "L1",
            "a",
            false,
            "",
            "The plan has targets.",
            100,
            List.of(new Source("Plan 2024", "https://example.org/plan"))));
    static final List<Score> SCORES = List.of(
            new Score("ES51", "", "", new BigDecimal("100.00"), 1, 1),
            new Score("ES51", "area", "LAB", new BigDecimal("100.00"), 1, 1));

    static ReleaseContent content() {
        return new ReleaseContent(HEADER, AXES, INDICATORS, REGIONS, ANSWERS, SCORES);
    }

    static ReleaseContent withHeader(Header header) {
        return new ReleaseContent(header, AXES, INDICATORS, REGIONS, ANSWERS, SCORES);
    }

    static ReleaseContent withAnswer(Answer answer) {
        return new ReleaseContent(HEADER, AXES, INDICATORS, REGIONS, List.of(answer), SCORES);
    }

    static ReleaseContent withScore(Score overall) {
        return new ReleaseContent(HEADER, AXES, INDICATORS, REGIONS, ANSWERS, List.of(overall, SCORES.get(1)));
    }

    @Test
    void theFieldsAreWrittenInAFixedOrderWithoutBlanks() {
        assertEquals(
                "{\"release\":{\"version\":\"1.0\",\"title\":\"Round 2026\",\"notes\":\"First release.\","
                        + "\"cycle\":{\"code\":\"2026\",\"name\":\"Round 2026\"},"
                        + "\"codebook\":{\"code\":\"small\",\"version\":2,\"title\":\"Small codebook\"},"
                        + "\"aggregation\":\"MEAN_OF_FIRST_AXIS_MEANS\"},"
                        + "\"axes\":[{\"code\":\"area\",\"label\":\"Policy area\",\"categories\":[{\"code\":\"LAB\",\"label\":\"Labour market\"}]}],"
                        + "\"indicators\":[{\"code\":\"L1\",\"question\":\"Is there a plan?\",\"guidance\":\"Look at the plan.\","
                        + "\"notApplicableAllowed\":true,\"categories\":{\"area\":\"LAB\"},"
                        + "\"options\":[{\"code\":\"a\",\"label\":\"Yes\",\"score\":100},{\"code\":\"b\",\"label\":\"No\",\"score\":0}]}],"
                        + "\"regions\":[{\"code\":\"ES51\",\"name\":\"Catalonia\",\"country\":\"ES\"}],"
                        + "\"answers\":[{\"region\":\"ES51\",\"indicator\":\"L1\",\"option\":\"a\",\"notApplicable\":false,"
                        + "\"notApplicableReason\":\"\",\"justification\":\"The plan has targets.\",\"score\":100,"
                        + "\"sources\":[{\"citation\":\"Plan 2024\",\"url\":\"https://example.org/plan\"}]}],"
                        + "\"scores\":[{\"region\":\"ES51\",\"axis\":\"\",\"category\":\"\",\"score\":100.00,\"answered\":1,\"total\":1},"
                        + "{\"region\":\"ES51\",\"axis\":\"area\",\"category\":\"LAB\",\"score\":100.00,\"answered\":1,\"total\":1}]}",
                CanonicalExport.text(content()));
    }

    @Test
    void aCorrectionNamesTheReleaseItCorrectsAfterTheAggregation() {
        String text = CanonicalExport.text(withHeader(new Header(
                "1.1",
                "Round 2026",
                "First release.",
                "2026",
                "Round 2026",
                "small",
                2,
                "Small codebook",
                "MEAN_OF_FIRST_AXIS_MEANS",
                "1.0")));
        assertTrue(text.contains("\"aggregation\":\"MEAN_OF_FIRST_AXIS_MEANS\",\"corrects\":\"1.0\"},\"axes\""), text);
        assertTrue(!CanonicalExport.text(content()).contains("corrects"), "a first release has no corrects field");
    }

    @Test
    void aReleaseWithARightOfReplyEndsWithTheRepliesAndOneWithoutHasNoSuchKey() {
        Header replying = new Header(
                "1.0",
                "Round 2026",
                "First release.",
                "2026",
                "Round 2026",
                "small",
                2,
                "Small codebook",
                "MEAN_OF_FIRST_AXIS_MEANS",
                null,
                false,
                true);
        ReleaseContent.Reply reply = new ReleaseContent.Reply(
                "ES51", "L1", "government", LocalDate.parse("2026-05-04"), "The plan is funded.");
        String none = CanonicalExport.text(
                new ReleaseContent(replying, AXES, INDICATORS, REGIONS, ANSWERS, SCORES, null, List.of()));
        assertTrue(none.endsWith("\"total\":1}],\"replies\":[]}"), none);
        String text = CanonicalExport.text(
                new ReleaseContent(replying, AXES, INDICATORS, REGIONS, ANSWERS, SCORES, null, List.of(reply)));
        assertTrue(
                text.endsWith("\"replies\":[{\"region\":\"ES51\",\"indicator\":\"L1\",\"capacity\":\"government\","
                        + "\"date\":\"2026-05-04\",\"text\":\"The plan is funded.\"}]}"),
                text);
        assertNotEquals(
                CanonicalExport.digest(content()),
                CanonicalExport.digest(new ReleaseContent(
                        replying, AXES, INDICATORS, REGIONS, ANSWERS, SCORES, null, List.of(reply))));
        assertFalse(CanonicalExport.text(content()).contains("replies"), "no right of reply, no key: old digests stay");
    }

    @Test
    void notApplicableHasNullOptionAndScoreAndAMissingScoreIsNull() {
        String answer = CanonicalExport.text(
                withAnswer(new Answer("ES51", "L1", null, true, "No plan needed.", "", null, List.of())));
        assertTrue(
                answer.contains(
                        "{\"region\":\"ES51\",\"indicator\":\"L1\",\"option\":null,\"notApplicable\":true,"
                                + "\"notApplicableReason\":\"No plan needed.\",\"justification\":\"\",\"score\":null,\"sources\":[]}"),
                answer);
        String score = CanonicalExport.text(withScore(new Score("ES51", "", "", null, 0, 1)));
        assertTrue(
                score.contains(
                        "{\"region\":\"ES51\",\"axis\":\"\",\"category\":\"\",\"score\":null,\"answered\":0,\"total\":1}"),
                score);
    }

    @Test
    void theTextIsUtf8WithLettersAsTheyAre() {
        ReleaseContent content = new ReleaseContent(
                HEADER,
                AXES,
                INDICATORS,
                List.of(new Region("DE11", "Stuttgart, Baden-Württemberg", "DE")),
                List.of(),
                List.of());
        byte[] bytes = CanonicalExport.bytes(content);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"name\":\"Stuttgart, Baden-Württemberg\""));
        assertArrayEquals(CanonicalExport.text(content).getBytes(StandardCharsets.UTF_8), bytes);
    }

    @Test
    void theDigestIsTheSha256OfTheCanonicalBytesInLowerCaseHex() throws NoSuchAlgorithmException {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CanonicalExport.sha256("abc".getBytes(StandardCharsets.US_ASCII)),
                "the FIPS 180-2 test vector");
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalExport.bytes(content())));
        assertEquals(expected, CanonicalExport.digest(content()));
        assertEquals(64, CanonicalExport.digest(content()).length());
    }

    @Test
    void equalContentsGiveTheSameBytesAndDigest() {
        ReleaseContent rebuilt = new ReleaseContent(
                new Header(
                        "1.0",
                        "Round 2026",
                        "First release.",
                        "2026",
                        "Round 2026",
                        "small",
                        2,
                        "Small codebook",
                        "MEAN_OF_FIRST_AXIS_MEANS",
                        null),
                List.of(new Axis("area", "Policy area", List.of(new Category("LAB", "Labour market")))),
                List.of(new Indicator(
                        "L1",
                        "Is there a plan?",
                        "Look at the plan.",
                        true,
                        Map.of("area", "LAB"),
                        List.of(new Option("a", "Yes", 100), new Option("b", "No", 0)))),
                List.of(new Region("ES51", "Catalonia", "ES")),
                List.of(new Answer(
                        "ES51",
                        "L1",
                        "a",
                        false,
                        "",
                        "The plan has targets.",
                        100,
                        List.of(new Source("Plan 2024", "https://example.org/plan")))),
                List.of(
                        new Score("ES51", "", "", new BigDecimal("100.00"), 1, 1),
                        new Score("ES51", "area", "LAB", new BigDecimal("100.00"), 1, 1)));
        assertArrayEquals(CanonicalExport.bytes(content()), CanonicalExport.bytes(rebuilt));
        assertEquals(CanonicalExport.digest(content()), CanonicalExport.digest(rebuilt));
    }

    @Test
    void changingAnyValueChangesTheDigest() {
        Answer a = ANSWERS.get(0);
        Header h = HEADER;
        List<ReleaseContent> variants = List.of(
                withHeader(new Header(
                        "1.1",
                        h.title(),
                        h.notes(),
                        h.cycleCode(),
                        h.cycleName(),
                        h.codebookCode(),
                        h.codebookVersion(),
                        h.codebookTitle(),
                        h.aggregation(),
                        null)),
                withHeader(new Header(
                        h.version(),
                        "Round 2026 ",
                        h.notes(),
                        h.cycleCode(),
                        h.cycleName(),
                        h.codebookCode(),
                        h.codebookVersion(),
                        h.codebookTitle(),
                        h.aggregation(),
                        null)),
                withHeader(new Header(
                        h.version(),
                        h.title(),
                        "",
                        h.cycleCode(),
                        h.cycleName(),
                        h.codebookCode(),
                        h.codebookVersion(),
                        h.codebookTitle(),
                        h.aggregation(),
                        null)),
                withHeader(new Header(
                        h.version(),
                        h.title(),
                        h.notes(),
                        h.cycleCode(),
                        h.cycleName(),
                        h.codebookCode(),
                        3,
                        h.codebookTitle(),
                        h.aggregation(),
                        null)),
                withHeader(new Header(
                        h.version(),
                        h.title(),
                        h.notes(),
                        h.cycleCode(),
                        h.cycleName(),
                        h.codebookCode(),
                        h.codebookVersion(),
                        h.codebookTitle(),
                        h.aggregation(),
                        "0.9")),
                new ReleaseContent(
                        HEADER,
                        List.of(new Axis("area", "Policy areas", AXES.get(0).categories())),
                        INDICATORS,
                        REGIONS,
                        ANSWERS,
                        SCORES),
                new ReleaseContent(
                        HEADER,
                        AXES,
                        List.of(new Indicator(
                                "L1",
                                "Is there a plan?",
                                "Look at the plan.",
                                false,
                                Map.of("area", "LAB"),
                                INDICATORS.get(0).options())),
                        REGIONS,
                        ANSWERS,
                        SCORES),
                new ReleaseContent(
                        HEADER,
                        AXES,
                        List.of(new Indicator(
                                "L1",
                                "Is there a plan?",
                                "Look at the plan.",
                                true,
                                Map.of("area", "LAB"),
                                List.of(new Option("a", "Yes", 100), new Option("b", "No", 1)))),
                        REGIONS,
                        ANSWERS,
                        SCORES),
                new ReleaseContent(
                        HEADER, AXES, INDICATORS, List.of(new Region("ES51", "Catalonia", "FR")), ANSWERS, SCORES),
                withAnswer(new Answer(a.region(), a.indicator(), "b", false, "", a.justification(), 100, a.sources())),
                withAnswer(new Answer(a.region(), a.indicator(), "a", false, "", a.justification(), 99, a.sources())),
                withAnswer(new Answer(
                        a.region(), a.indicator(), "a", false, "", "The plan has targets!", 100, a.sources())),
                withAnswer(new Answer(
                        a.region(),
                        a.indicator(),
                        "a",
                        false,
                        "",
                        a.justification(),
                        100,
                        List.of(new Source("Plan 2024", "https://example.org/plan2")))),
                withAnswer(new Answer(a.region(), a.indicator(), "a", false, "", a.justification(), 100, List.of())),
                withScore(new Score("ES51", "", "", new BigDecimal("99.99"), 1, 1)),
                withScore(new Score("ES51", "", "", new BigDecimal("100.00"), 0, 1)),
                withScore(new Score("ES51", "", "", new BigDecimal("100.00"), 1, 2)));
        Set<String> digests = new HashSet<>(List.of(CanonicalExport.digest(content())));
        for (ReleaseContent variant : variants) {
            assertTrue(digests.add(CanonicalExport.digest(variant)), CanonicalExport.text(variant));
        }
        assertEquals(variants.size() + 1, digests.size());
    }

    @Test
    void listsAreWrittenInContentOrderSoOnlyTheNormalizedOrderIsCanonical() {
        Region vienna = new Region("AT13", "Vienna", "AT");
        List<Score> overalls = List.of(new Score("ES51", "", "", null, 0, 1), new Score("AT13", "", "", null, 0, 1));
        ReleaseContent spainFirst =
                new ReleaseContent(HEADER, AXES, INDICATORS, List.of(REGIONS.get(0), vienna), List.of(), overalls);
        ReleaseContent austriaFirst = new ReleaseContent(
                HEADER,
                AXES,
                INDICATORS,
                List.of(vienna, REGIONS.get(0)),
                List.of(),
                List.of(overalls.get(1), overalls.get(0)));
        assertNotEquals(CanonicalExport.digest(spainFirst), CanonicalExport.digest(austriaFirst));
        assertEquals(CanonicalExport.digest(austriaFirst), CanonicalExport.digest(spainFirst.normalized()));
    }
}
