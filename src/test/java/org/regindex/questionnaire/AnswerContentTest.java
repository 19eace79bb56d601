package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Indicator;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Source;

/**
 * What an answer must be to be saved ({@code problems}: the indicator's rules and the limits) and what it
 * still needs to be submitted ({@code missing}: option or "not applicable" with a reason, justification, a source).
 */
class AnswerContentTest {

    /** Options a (100), b (50), c (0); "not applicable" not allowed. */
    static final Indicator STRATEGY =
            IndicatorFilterTest.CODEBOOK.indicator("LAB-ACT-01").orElseThrow();
    /** Options a (100), b (0); "not applicable" allowed. */
    static final Indicator SCHOOLS =
            IndicatorFilterTest.CODEBOOK.indicator("EDU-RES-01").orElseThrow();

    static final Source PLAN = new Source("Regional labour plan 2024", "https://example.org/plan.pdf");

    static AnswerContent option(String code) {
        return new AnswerContent(code, false, "", "The plan sets targets.", List.of(PLAN), "");
    }

    static AnswerContent withSources(Source... sources) {
        return new AnswerContent("a", false, "", "The plan sets targets.", List.of(sources), "");
    }

    @Test
    void blanksAndNullsAreReadAsNothing() {
        AnswerContent content = new AnswerContent("  ", false, null, null, null, null);
        assertNull(content.optionCode(), "a blank option is no option");
        assertEquals(
                List.of("", "", ""), List.of(content.notApplicableReason(), content.justification(), content.note()));
        assertEquals(List.of(), content.sources());
        assertTrue(content.isEmpty());
        assertFalse(option("a").isEmpty());
    }

    @Test
    void anOptionAJustificationAndASourceMakeAnAnswerComplete() {
        assertEquals(List.of(), option("b").missing(false));
    }

    @Test
    void anEmptyAnswerLacksAnOptionAJustificationAndASource() {
        assertEquals(List.of("no option chosen", "no justification", "no source"), AnswerContent.EMPTY.missing(false));
    }

    @Test
    void aBlankJustificationIsNoJustification() {
        assertEquals(
                List.of("no justification"),
                new AnswerContent("a", false, "", " \n\t ", List.of(PLAN), "").missing(false));
    }

    @Test
    void notApplicableTakesThePlaceOfAnOptionButNeedsAReason() {
        assertEquals(
                List.of("no reason for \"not applicable\""),
                new AnswerContent(null, true, "  ", "No schools in the region.", List.of(PLAN), "").missing(false));
        assertEquals(
                List.of(),
                new AnswerContent(null, true, "The region has no schools.", "No schools.", List.of(PLAN), "")
                        .missing(false));
    }

    @Test
    void notApplicableWithItsReasonIsCompleteWithoutJustificationOrSource() {
        AnswerContent reasoned = new AnswerContent(null, true, "The region has no schools.", "", List.of(), "");
        assertTrue(reasoned.isComplete(false));
        assertFalse(new AnswerContent(null, true, "", "", List.of(), "").isComplete(false));
        assertFalse(new AnswerContent("a", false, "", "Targets.", List.of(), "").isComplete(false), "no source");
    }

    @Test
    void whereTheIndicatorRequiresItAnAnswerNeedsTheExpertsConfidence() {
        AnswerContent unsure = new AnswerContent("a", false, "", "Targets.", List.of(PLAN), "");
        assertEquals(List.of(), unsure.missing(false), "optional where the codebook does not ask for it");
        assertEquals(List.of("no confidence"), unsure.missing(true));
        assertTrue(unsure.withConfidence(Confidence.LOW).isComplete(true));
        AnswerContent notApplicable = new AnswerContent(null, true, "The region has no schools.", "", List.of(), "");
        assertTrue(notApplicable.isComplete(true), "\"not applicable\" with its reason stays enough");
    }

    @Test
    void theConfidenceIsPartOfWhatTheAnswerSays() {
        AnswerContent sure = option("a").withConfidence(Confidence.HIGH);
        assertFalse(sure.sameAs(option("a").withConfidence(Confidence.LOW)));
        assertTrue(sure.sameAs(sure.withNote("  " + sure.note())));
        assertTrue(sure.summary().endsWith(", high confidence"), sure.summary());
        assertEquals(sure.confidence(), sure.withNote("private").confidence());
    }

    @Test
    void confidenceCodesAreReadWhateverTheirCase() {
        assertEquals(Optional.of(Confidence.MEDIUM), Confidence.byCode(" Medium "));
        assertEquals(Optional.empty(), Confidence.byCode("certain"));
        assertEquals(Optional.empty(), Confidence.byCode(null));
        assertEquals("low", Confidence.LOW.code());
    }

    @Test
    void theNoteIsNotNeededToSubmit() {
        assertEquals(List.of(), new AnswerContent("a", false, "", "Targets.", List.of(PLAN), "").missing(false));
    }

    @Test
    void anIncompleteAnswerCanBeSavedWhileTheExpertWorks() {
        assertEquals(List.of(), AnswerContent.EMPTY.problems(STRATEGY));
        assertEquals(List.of(), new AnswerContent("b", false, "", "", List.of(), "").problems(STRATEGY));
    }

    @Test
    void theOptionMustBeOneOfTheIndicatorsOptions() {
        assertEquals(
                List.of("\"d\" is not an option of LAB-ACT-01 (its options are a, b, c)."),
                option("d").problems(STRATEGY));
        assertEquals(
                List.of("\"c\" is not an option of EDU-RES-01 (its options are a, b)."),
                option("c").problems(SCHOOLS));
        assertEquals(List.of(), option("c").problems(STRATEGY));
    }

    @Test
    void notApplicableOnlyWhereTheIndicatorAllowsIt() {
        AnswerContent notApplicable = new AnswerContent(null, true, "No schools.", "", List.of(), "");
        assertEquals(List.of("LAB-ACT-01 does not allow \"not applicable\"."), notApplicable.problems(STRATEGY));
        assertEquals(List.of(), notApplicable.problems(SCHOOLS));
    }

    @Test
    void anOptionAndNotApplicableTogetherAreRefused() {
        assertEquals(
                List.of("Choose an option or \"not applicable\", not both."),
                new AnswerContent("a", true, "No schools.", "", List.of(), "").problems(SCHOOLS));
    }

    @Test
    void textsHaveMaximumLengths() {
        String reason = "r".repeat(AnswerContent.REASON_MAX);
        String text = "j".repeat(AnswerContent.JUSTIFICATION_MAX);
        String note = "n".repeat(AnswerContent.NOTE_MAX);
        assertEquals(
                List.of(),
                new AnswerContent(null, true, reason, text, List.of(), note).problems(SCHOOLS),
                "the maximum is allowed");
        assertEquals(
                List.of(
                        "The reason for \"not applicable\" has 2001 characters; at most 2000 are allowed.",
                        "The justification has 10001 characters; at most 10000 are allowed.",
                        "The note has 10001 characters; at most 10000 are allowed."),
                new AnswerContent(null, true, reason + "r", text + "j", List.of(), note + "n").problems(SCHOOLS));
    }

    @Test
    void anAnswerHasAtMostTwentySources() {
        List<Source> twenty = new ArrayList<>(Collections.nCopies(20, PLAN));
        assertEquals(List.of(), withSources(twenty.toArray(Source[]::new)).problems(STRATEGY));
        twenty.add(PLAN);
        assertEquals(
                List.of("An answer has at most 20 sources; this one has 21."),
                withSources(twenty.toArray(Source[]::new)).problems(STRATEGY));
    }

    @Test
    void aSourceNeedsACitationAndTheUrlIsOptional() {
        assertEquals(
                List.of(),
                withSources(new Source("Interview with the labour office, 2025", ""))
                        .problems(STRATEGY));
        assertEquals(
                List.of("Source 2 needs a citation (the URL alone is not enough)."),
                withSources(PLAN, new Source("  ", "https://example.org/")).problems(STRATEGY));
    }

    @Test
    void citationsAndUrlsHaveMaximumLengths() {
        assertEquals(
                List.of("The citation of source 1 has 1001 characters; at most 1000 are allowed."),
                withSources(new Source("c".repeat(1001), "")).problems(STRATEGY));
        String url = "https://example.org/";
        String longest = url + "p".repeat(AnswerContent.URL_MAX - url.length());
        assertEquals(List.of(), withSources(new Source("Plan", longest)).problems(STRATEGY));
        assertEquals(
                List.of("The URL of source 1 has 2001 characters; at most 2000 are allowed."),
                withSources(new Source("Plan", longest + "p")).problems(STRATEGY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "https://example.org/plan?year=2024", "HTTPS://EXAMPLE.ORG/plan"})
    void aUrlIsAnHttpOrHttpsAddressWithAHost(String url) {
        assertEquals(List.of(), withSources(new Source("Plan", url)).problems(STRATEGY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.org/plan",
                "example.org/plan",
                "https://",
                "javascript:alert(1)",
                "http://exa mple.org"
            })
    void anythingElseIsNotAWebAddress(String url) {
        assertEquals(
                List.of("The URL of source 1 is not a web address starting with http:// or https://."),
                withSources(new Source("Plan", url)).problems(STRATEGY));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        AnswerContent content = new AnswerContent("z", true, "", "", List.of(new Source("", "ftp://x")), "");
        assertEquals(
                List.of(
                        "\"z\" is not an option of LAB-ACT-01 (its options are a, b, c).",
                        "LAB-ACT-01 does not allow \"not applicable\".",
                        "Choose an option or \"not applicable\", not both.",
                        "Source 1 needs a citation (the URL alone is not enough).",
                        "The URL of source 1 is not a web address starting with http:// or https://."),
                content.problems(STRATEGY));
    }

    @Test
    void surroundingBlanksAreNoChangeOfAnAnswer() {
        AnswerContent typed = new AnswerContent("a", false, "", "The plan sets targets.", List.of(PLAN), "to check");
        AnswerContent roundTrip = new AnswerContent(
                "a",
                false,
                " ",
                " The plan sets targets.\n",
                List.of(new Source(" Regional labour plan 2024 ", "https://example.org/plan.pdf ")),
                "to check ");
        assertTrue(typed.sameAs(roundTrip));
        assertFalse(typed.equals(roundTrip), "stored text stays as typed");
        assertFalse(typed.sameAs(option("b")));
        assertFalse(typed.sameAs(typed.withNote("another note")), "the note is part of the answer");
        assertFalse(typed.sameAs(new AnswerContent("a", false, "", "The plan sets targets.", List.of(), "to check")));
    }

    @Test
    void withNoteChangesTheNoteOnly() {
        AnswerContent noted = option("b").withNote("ask the ministry");
        assertEquals("ask the ministry", noted.note());
        assertEquals(option("b"), noted.withNote(""));
    }

    @Test
    void theSummarySaysChoiceJustificationAndNumberOfSources() {
        assertEquals(
                "option b, justification \"The plan sets targets.\", 1 source",
                option("b").summary());
        assertEquals(
                "not applicable, no justification, 2 sources",
                new AnswerContent(null, true, "No schools.", " ", List.of(PLAN, PLAN), "").summary());
        assertEquals("no option, no justification, 0 sources", AnswerContent.EMPTY.summary());
    }

    @Test
    void theSummaryShowsAJustificationOnOneLineCutAfter77Characters() {
        String eighty = "x".repeat(80);
        assertEquals(
                "option a, justification \"" + eighty + "\", 0 sources",
                new AnswerContent("a", false, "", eighty, List.of(), "").summary());
        assertEquals(
                "option a, justification \"" + "x".repeat(77) + "...\", 0 sources",
                new AnswerContent("a", false, "", eighty + "x", List.of(), "").summary());
        assertEquals(
                "option a, justification \"two lines\", 0 sources",
                new AnswerContent("a", false, "", "  two\n\n   lines ", List.of(), "").summary());
    }
}
