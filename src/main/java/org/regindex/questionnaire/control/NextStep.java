package org.regindex.questionnaire.control;

import java.util.Optional;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.questionnaire.entity.QuestionnaireState;

/** What the person looking at a questionnaire does next, said on its page above the actions. */
public enum NextStep {
    /** The expert still has indicators to complete (the to-do list names them). */
    COMPLETE_THEN_SUBMIT,
    /** Every indicator is complete: the expert may submit. */
    SUBMIT,
    /** Sent back: the expert answers the change requests, then submits again. */
    ANSWER_CHANGE_REQUESTS,
    /** Submitted: the expert waits for the reviewer. */
    WAIT_FOR_REVIEW,
    /** The reviewer reads the answers and marks those that need a change, or accepts. */
    REVIEW,
    /** The reviewer has marked answers: send back with them, or resolve them to accept. */
    SEND_BACK,
    /** Reviewed in a cycle with a country level: the country lead approves or returns with a reason. */
    COUNTRY_APPROVE,
    /** Reviewed (approved by the country, with a country level): the coordinator approves or returns with a reason. */
    APPROVE;

    /**
     * The step for someone with these capacities, or none when nothing is theirs to do. A coordinator
     * who is also the reviewer is told the reviewer's step while the questionnaire is submitted.
     */
    public static Optional<NextStep> of(
            QuestionnaireState state, Set<Capacity> capacities, boolean writable, int openChangeRequests, int missing) {
        return of(state, false, capacities, writable, openChangeRequests, missing);
    }

    /** The same in a cycle with a country level ({@code true}) or without. */
    public static Optional<NextStep> of(
            QuestionnaireState state,
            boolean countryLevel,
            Set<Capacity> capacities,
            boolean writable,
            int openChangeRequests,
            int missing) {
        if (capacities.contains(Capacity.EXPERT)) {
            if (writable) {
                if (openChangeRequests > 0) {
                    return Optional.of(ANSWER_CHANGE_REQUESTS);
                }
                return Optional.of(missing > 0 ? COMPLETE_THEN_SUBMIT : SUBMIT);
            }
            if (state == QuestionnaireState.SUBMITTED) {
                return Optional.of(WAIT_FOR_REVIEW);
            }
        }
        if (state == QuestionnaireState.SUBMITTED && capacities.contains(Capacity.REVIEWER)) {
            return Optional.of(openChangeRequests > 0 ? SEND_BACK : REVIEW);
        }
        if (countryLevel && state == QuestionnaireState.REVIEWED && capacities.contains(Capacity.COUNTRY_LEAD)) {
            return Optional.of(COUNTRY_APPROVE);
        }
        QuestionnaireState awaitingCoordinator =
                countryLevel ? QuestionnaireState.COUNTRY_APPROVED : QuestionnaireState.REVIEWED;
        if ((state == awaitingCoordinator || state == QuestionnaireState.COUNTRY_APPROVED)
                && capacities.contains(Capacity.COORDINATOR)) {
            return Optional.of(APPROVE);
        }
        return Optional.empty();
    }
}
