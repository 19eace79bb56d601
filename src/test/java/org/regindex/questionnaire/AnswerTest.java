package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.InvalidAnswer;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.Source;

/** A stored answer is revised whole, by someone at some time, and never into content its indicator refuses. */
class AnswerTest {

    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");

    static Answer newAnswer() {
        Cycle cycle = new Cycle("2026", "Round 2026", IndicatorFilterTest.CODEBOOK, LocalDate.of(2026, 6, 30));
        Questionnaire questionnaire = new Questionnaire(cycle, new Region("ES51", "Catalonia", "ES"));
        return new Answer(questionnaire, AnswerContentTest.STRATEGY);
    }

    static final AnswerContent PARTLY = new AnswerContent(
            "b",
            false,
            "",
            "Targets for two sectors only.",
            List.of(new Source("Regional labour plan 2024", "https://example.org/plan.pdf")),
            "ask the ministry");

    @Test
    void aNewAnswerIsEmptyAndWrittenByNobody() {
        Answer answer = newAnswer();
        assertEquals(AnswerContent.EMPTY, answer.content());
        assertNull(answer.updatedBy());
        assertNull(answer.updatedAt());
    }

    @Test
    void aRevisionReplacesTheWholeContentAndSaysWhoAndWhen() {
        Answer answer = newAnswer();
        answer.revise(PARTLY, "expert1", MONDAY);
        AnswerContent yes = new AnswerContent("a", false, "", "Targets everywhere.", List.of(), "");
        answer.revise(yes, "expert2", TUESDAY);
        assertEquals(yes, answer.content(), "nothing of the earlier content is kept, the note and sources neither");
        assertEquals("expert2", answer.updatedBy());
        assertEquals(TUESDAY, answer.updatedAt());
    }

    @Test
    void theContentIsReadBackAsItWasWritten() {
        Answer answer = newAnswer();
        answer.revise(PARTLY, "expert1", MONDAY);
        assertEquals(PARTLY, answer.content());
    }

    @Test
    void contentTheIndicatorRefusesIsNotSavedAndEveryProblemIsGiven() {
        Answer answer = newAnswer();
        answer.revise(PARTLY, "expert1", MONDAY);
        AnswerContent refused = new AnswerContent("d", true, "", "", List.of(), "");
        InvalidAnswer invalid = assertThrows(InvalidAnswer.class, () -> answer.revise(refused, "expert2", TUESDAY));
        assertEquals(Refusal.Kind.INVALID, invalid.kind());
        assertEquals(
                List.of(
                        "\"d\" is not an option of LAB-ACT-01 (its options are a, b, c).",
                        "LAB-ACT-01 does not allow \"not applicable\".",
                        "Choose an option or \"not applicable\", not both."),
                invalid.problems());
        assertEquals(
                "The answer to LAB-ACT-01 was not saved: \"d\" is not an option of LAB-ACT-01 (its options are a, b, c)."
                        + " LAB-ACT-01 does not allow \"not applicable\". Choose an option or \"not applicable\", not both.",
                invalid.getMessage());
        assertEquals(PARTLY, answer.content());
        assertEquals("expert1", answer.updatedBy());
        assertEquals(MONDAY, answer.updatedAt());
    }
}
