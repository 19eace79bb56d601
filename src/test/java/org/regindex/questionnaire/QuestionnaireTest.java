package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Facts;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.Questionnaire.StateChange;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.questionnaire.entity.TransitionNotAllowed;

/**
 * A questionnaire moves only through {@code apply}, which records the last move (which, by whom, when)
 * only when the state changed; {@code lastMovedBy} tells a replay of one's own request from someone else's move.
 * (The table of legal moves is WorkflowTest's.)
 */
class QuestionnaireTest {

    static final Facts EXPERT = Facts.of(Set.of(Capacity.EXPERT));
    static final Facts REVIEWER = Facts.of(Set.of(Capacity.REVIEWER));
    static final Facts COORDINATOR = Facts.of(Set.of(Capacity.COORDINATOR));
    static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant T3 = Instant.parse("2026-03-04T09:00:00Z");

    static Questionnaire newQuestionnaire() {
        Cycle cycle = new Cycle("2026", "Round 2026", IndicatorFilterTest.CODEBOOK, LocalDate.of(2026, 6, 30));
        return new Questionnaire(cycle, new Region("ES51", "Catalonia", "ES"));
    }

    /** A questionnaire its reviewer has accepted: REVIEWED. */
    static Questionnaire reviewed() {
        Questionnaire questionnaire = newQuestionnaire();
        questionnaire.apply(Transition.START, EXPERT, "expert1", T1);
        questionnaire.apply(Transition.SUBMIT, EXPERT, "expert1", T1);
        questionnaire.apply(Transition.ACCEPT, REVIEWER, "reviewer1", T1);
        return questionnaire;
    }

    @Test
    void aNewQuestionnaireIsNotStartedAndWasNeverMoved() {
        Questionnaire questionnaire = newQuestionnaire();
        assertEquals(QuestionnaireState.NOT_STARTED, questionnaire.state());
        assertNull(questionnaire.lastTransition());
        assertNull(questionnaire.lastActor());
        assertNull(questionnaire.lastChangedAt());
        assertFalse(questionnaire.lastMovedBy(Transition.START, "expert1"));
    }

    @Test
    void aMoveChangesTheStateAndRecordsWhichByWhomAndWhen() {
        Questionnaire questionnaire = newQuestionnaire();
        StateChange change = questionnaire.apply(Transition.START, EXPERT, "expert1", T1);
        assertEquals(
                new StateChange(Transition.START, QuestionnaireState.NOT_STARTED, QuestionnaireState.IN_PROGRESS, null),
                change);
        assertTrue(change.changed());
        assertEquals(QuestionnaireState.IN_PROGRESS, questionnaire.state());
        assertEquals(Transition.START, questionnaire.lastTransition());
        assertEquals("expert1", questionnaire.lastActor());
        assertEquals(T1, questionnaire.lastChangedAt());
    }

    @Test
    void aRepeatedMoveChangesNothingAndKeepsTheFirstMover() {
        Questionnaire questionnaire = newQuestionnaire();
        questionnaire.apply(Transition.START, EXPERT, "expert1", T1);
        questionnaire.apply(Transition.SUBMIT, EXPERT, "expert1", T2);
        StateChange again = questionnaire.apply(Transition.SUBMIT, EXPERT, "expert2", T3);
        assertFalse(again.changed());
        assertEquals(QuestionnaireState.SUBMITTED, again.before());
        assertEquals(QuestionnaireState.SUBMITTED, again.after());
        assertEquals("expert1", questionnaire.lastActor());
        assertEquals(T2, questionnaire.lastChangedAt());
    }

    @Test
    void aRefusedMoveLeavesStateAndLastMoveAsTheyWere() {
        Questionnaire questionnaire = newQuestionnaire();
        questionnaire.apply(Transition.START, EXPERT, "expert1", T1);
        TransitionNotAllowed refused = assertThrows(
                TransitionNotAllowed.class,
                () -> questionnaire.apply(Transition.APPROVE, COORDINATOR, "coordinator", T2));
        assertEquals(Refusal.Kind.CONFLICT, refused.kind());
        TransitionNotAllowed incomplete = assertThrows(
                TransitionNotAllowed.class,
                () -> questionnaire.apply(
                        Transition.SUBMIT,
                        EXPERT.withMissing(java.util.List.of("LAB-ACT-01: no source")),
                        "expert1",
                        T2));
        assertEquals(Refusal.Kind.CONFLICT, incomplete.kind());
        assertEquals(QuestionnaireState.IN_PROGRESS, questionnaire.state());
        assertEquals(Transition.START, questionnaire.lastTransition());
        assertEquals(T1, questionnaire.lastChangedAt());
    }

    @Test
    void theReasonGivenGoesIntoTheChange() {
        Questionnaire questionnaire = reviewed();
        StateChange change = questionnaire.apply(
                Transition.RETURN, COORDINATOR.withReason("The sources are from 2019."), "coordinator", T2);
        assertEquals(
                new StateChange(
                        Transition.RETURN,
                        QuestionnaireState.REVIEWED,
                        QuestionnaireState.CHANGES_REQUESTED,
                        "The sources are from 2019."),
                change);
        assertEquals("coordinator", questionnaire.lastActor());
    }

    @Test
    void lastMovedByIsTheSameTransitionByTheSamePerson() {
        Questionnaire questionnaire = reviewed();
        assertTrue(questionnaire.lastMovedBy(Transition.ACCEPT, "reviewer1"));
        assertFalse(questionnaire.lastMovedBy(Transition.ACCEPT, "reviewer2"), "someone else's move is no replay");
        assertFalse(questionnaire.lastMovedBy(Transition.REQUEST_CHANGES, "reviewer1"));
        assertFalse(questionnaire.lastMovedBy(Transition.SUBMIT, "expert1"), "only the last move counts");
    }

    @Test
    void aStateChangeHasChangedOnlyWhenBeforeAndAfterDiffer() {
        assertTrue(new StateChange(Transition.REOPEN, QuestionnaireState.APPROVED, QuestionnaireState.IN_PROGRESS, "x")
                .changed());
        assertFalse(
                new StateChange(Transition.REOPEN, QuestionnaireState.IN_PROGRESS, QuestionnaireState.IN_PROGRESS, "x")
                        .changed());
    }
}
