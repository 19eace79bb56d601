package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.questionnaire.control.NextStep;
import org.regindex.questionnaire.entity.QuestionnaireState;

class NextStepTest {

    private static final Set<Capacity> EXPERT = Set.of(Capacity.EXPERT);
    private static final Set<Capacity> REVIEWER = Set.of(Capacity.REVIEWER);
    private static final Set<Capacity> COORDINATOR = Set.of(Capacity.COORDINATOR);

    @Test
    void anExpertCompletesThenSubmitsAndAnswersChangeRequestsFirst() {
        assertEquals(
                Optional.of(NextStep.COMPLETE_THEN_SUBMIT),
                NextStep.of(QuestionnaireState.IN_PROGRESS, EXPERT, true, 0, 3));
        assertEquals(Optional.of(NextStep.SUBMIT), NextStep.of(QuestionnaireState.IN_PROGRESS, EXPERT, true, 0, 0));
        assertEquals(
                Optional.of(NextStep.ANSWER_CHANGE_REQUESTS),
                NextStep.of(QuestionnaireState.CHANGES_REQUESTED, EXPERT, true, 2, 0));
        assertEquals(
                Optional.of(NextStep.WAIT_FOR_REVIEW), NextStep.of(QuestionnaireState.SUBMITTED, EXPERT, false, 0, 0));
    }

    @Test
    void anExpertOfAClosedCycleHasNothingToDo() {
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.IN_PROGRESS, EXPERT, false, 0, 4));
    }

    @Test
    void aReviewerMarksAnswersThenSendsBack() {
        assertEquals(Optional.of(NextStep.REVIEW), NextStep.of(QuestionnaireState.SUBMITTED, REVIEWER, false, 0, 0));
        assertEquals(Optional.of(NextStep.SEND_BACK), NextStep.of(QuestionnaireState.SUBMITTED, REVIEWER, false, 1, 0));
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.REVIEWED, REVIEWER, false, 0, 0));
    }

    @Test
    void aCoordinatorApprovesWhatWasReviewedAndOnlyThat() {
        assertEquals(Optional.of(NextStep.APPROVE), NextStep.of(QuestionnaireState.REVIEWED, COORDINATOR, false, 0, 0));
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.SUBMITTED, COORDINATOR, false, 0, 0));
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.APPROVED, COORDINATOR, false, 0, 0));
    }

    @Test
    void withACountryLevelTheLeadDecidesFirstAndTheCoordinatorAfterIt() {
        Set<Capacity> lead = Set.of(Capacity.COUNTRY_LEAD);
        assertEquals(
                Optional.of(NextStep.COUNTRY_APPROVE),
                NextStep.of(QuestionnaireState.REVIEWED, true, lead, false, 0, 0));
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.REVIEWED, true, COORDINATOR, false, 0, 0));
        assertEquals(
                Optional.of(NextStep.APPROVE),
                NextStep.of(QuestionnaireState.COUNTRY_APPROVED, true, COORDINATOR, false, 0, 0));
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.COUNTRY_APPROVED, true, lead, false, 0, 0));
        assertEquals(Optional.empty(), NextStep.of(QuestionnaireState.REVIEWED, false, lead, false, 0, 0));
        assertEquals(
                Optional.of(NextStep.APPROVE),
                NextStep.of(QuestionnaireState.COUNTRY_APPROVED, false, COORDINATOR, false, 0, 0),
                "the level turned off strands nothing");
    }
}
