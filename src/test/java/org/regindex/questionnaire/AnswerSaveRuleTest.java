package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.AnswerSaveRule;
import org.regindex.questionnaire.control.AnswerSaveRule.Outcome;
import org.regindex.questionnaire.control.StaleAnswer;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireState;

/** When an expert's save of an answer is stored, and what it stores. */
class AnswerSaveRuleTest {

    static final AnswerContent B = AnswerContentTest.option("b");
    static final AnswerContent C = AnswerContentTest.option("c");

    private static Answer stored(AnswerContent content) {
        Answer answer = new Answer(QuestionnaireTest.newQuestionnaire(), AnswerContentTest.STRATEGY);
        answer.revise(content, "expert1", Instant.parse("2026-04-01T10:00:00Z"));
        return answer; // version 0: the version a unit test's answer has
    }

    private static Outcome check(QuestionnaireState state, Answer stored, AnswerContent content, int readVersion) {
        return AnswerSaveRule.check("c1", true, state, "LAB-ACT-01", stored, content, readVersion);
    }

    @Test
    void aFirstSaveNeedsVersionZero() {
        assertEquals(Outcome.FIRST, check(QuestionnaireState.NOT_STARTED, null, B, 0));
        Refusal refused = assertThrows(Refusal.class, () -> check(QuestionnaireState.NOT_STARTED, null, B, 2));
        assertTrue(refused.getMessage().contains("send version 0"), refused.getMessage());
    }

    @Test
    void aRevisionNeedsTheVersionStoredAndSendingWhatIsStoredChangesNothing() {
        Answer answer = stored(B);
        assertEquals(Outcome.REVISION, check(QuestionnaireState.IN_PROGRESS, answer, C, 0));
        StaleAnswer stale = assertThrows(StaleAnswer.class, () -> check(QuestionnaireState.IN_PROGRESS, answer, C, 3));
        assertEquals(answer, stale.current());
        assertEquals(
                Outcome.UNCHANGED,
                check(QuestionnaireState.IN_PROGRESS, answer, B, 3),
                "a replayed save of what is stored is no conflict, whatever version it read");
    }

    @Test
    void nothingIsSavedIntoAClosedCycleOrASubmittedQuestionnaire() {
        Refusal closed = assertThrows(
                Refusal.class,
                () -> AnswerSaveRule.check("c1", false, QuestionnaireState.IN_PROGRESS, "LAB-ACT-01", null, B, 0));
        assertEquals(Refusal.Kind.CONFLICT, closed.kind());
        for (QuestionnaireState state : QuestionnaireState.values()) {
            if (!state.editable()) {
                assertThrows(Refusal.class, () -> check(state, stored(B), C, 0), state.name());
            }
        }
    }

    @Test
    void keepingTheNoteKeepsTheStoredOne() {
        Answer answer = stored(B.withNote("call the ministry"));
        assertEquals(C.withNote("call the ministry"), AnswerSaveRule.content(answer, C, true));
        assertEquals(C, AnswerSaveRule.content(answer, C, false));
        assertEquals(C.withNote(""), AnswerSaveRule.content(null, C.withNote("sent"), true));
    }
}
