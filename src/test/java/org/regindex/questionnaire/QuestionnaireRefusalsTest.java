package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.Refusal;
import org.regindex.platform.entity.Refusal.Kind;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.control.StaleAnswer;
import org.regindex.questionnaire.entity.Answer;

/** Why a save is refused: each condition has its own stable name (the problem type) and kind (the HTTP status). */
class QuestionnaireRefusalsTest {

    static List<Object> described(Refusal refusal) {
        return List.of(refusal.condition(), refusal.kind(), refusal.getMessage());
    }

    @Test
    void eachConditionHasItsNameKindAndSentence() {
        assertEquals(
                List.of(
                        "ReadOnly",
                        Kind.FORBIDDEN,
                        "Reviewers and coordinators can read this questionnaire, not change its answers; only the region's expert can."),
                described(QuestionnaireRefusals.readOnly()));
        assertEquals(
                List.of("CycleClosed", Kind.CONFLICT, "Cycle 2026 is closed; its answers can no longer change."),
                described(QuestionnaireRefusals.cycleClosed("2026")));
        assertEquals(
                List.of(
                        "QuestionnaireLocked",
                        Kind.CONFLICT,
                        "The questionnaire is submitted; answers can change again only if it comes back to you."),
                described(QuestionnaireRefusals.locked("Submitted")));
        assertEquals(
                List.of("UnknownIndicator", Kind.NOT_FOUND, "There is no indicator LAB-9 in codebook small v1."),
                described(QuestionnaireRefusals.unknownIndicator("LAB-9", "small v1")));
        assertEquals(
                List.of("RegionNotInCycle", Kind.NOT_FOUND, "The region SE22 is not in cycle 2026."),
                described(QuestionnaireRefusals.regionNotInCycle("SE22", "2026")));
    }

    @Test
    void revisingAnAnswerNeverSavedIsAStaleAnswerToo() {
        assertEquals(
                List.of(
                        "StaleAnswer",
                        Kind.CONFLICT,
                        "The answer to LAB-ACT-01 was never saved, so there is no version to revise:"
                                + " send version 0."),
                described(QuestionnaireRefusals.noSuchVersion("LAB-ACT-01")));
    }

    @Test
    void aStaleSaveSaysWhoSavedWhatWhenInUtc() {
        Answer current = AnswerTest.newAnswer();
        current.revise(AnswerTest.PARTLY, "expert2", Instant.parse("2026-03-02T09:05:59Z"));
        StaleAnswer stale = new StaleAnswer(current);
        assertEquals(
                List.of(
                        "StaleAnswer",
                        Kind.CONFLICT,
                        "Your change to LAB-ACT-01 was not saved: expert2 saved a newer version at"
                                + " 2026-03-02 09:05 UTC (option b, justification \"Targets for two sectors only.\", 1 source)."
                                + " Reload the answer, then make your change again."),
                described(stale));
        assertEquals(current, stale.current());
    }
}
