package org.regindex.questionnaire.entity;

import java.util.Comparator;
import org.regindex.assignment.entity.Capacity;

/**
 * What a region's questionnaire asks of the coordinator, most pressing first: a reviewed questionnaire
 * waits for their approval; one past the deadline of an open cycle and not yet approved is overdue; the
 * rest is under way or done. A closed cycle is never overdue.
 */
public enum Attention {
    AWAITS_APPROVAL,
    OVERDUE,
    UNDER_WAY,
    APPROVED;

    /** Sorts what needs the coordinator first: by attention, in the order of the constants. */
    public static final Comparator<Attention> NEEDS_FIRST = Comparator.naturalOrder();

    /** {@code daysLeft} is negative once the deadline has passed (see Deadline.daysLeft). */
    public static Attention of(QuestionnaireState state, boolean cycleOpen, long daysLeft) {
        if (state == QuestionnaireState.APPROVED) {
            return APPROVED;
        }
        if (state == QuestionnaireState.REVIEWED || state == QuestionnaireState.COUNTRY_APPROVED) {
            return AWAITS_APPROVAL;
        }
        return overdue(state, cycleOpen, daysLeft) ? OVERDUE : UNDER_WAY;
    }

    /**
     * Whether the questionnaire is late: the deadline has passed in an open cycle and it is not approved
     * yet (not submitted by the expert, not reviewed by the reviewer, or not approved by a coordinator).
     */
    public static boolean overdue(QuestionnaireState state, boolean cycleOpen, long daysLeft) {
        return cycleOpen && daysLeft < 0 && state != QuestionnaireState.APPROVED;
    }

    /** Whose move the questionnaire waits for: the expert until submitted, then the reviewer, then a coordinator. */
    public static Capacity waitingFor(QuestionnaireState state) {
        return switch (state) {
            case NOT_STARTED, IN_PROGRESS, CHANGES_REQUESTED -> Capacity.EXPERT;
            case SUBMITTED -> Capacity.REVIEWER;
            case REVIEWED, COUNTRY_APPROVED, APPROVED -> Capacity.COORDINATOR;
        };
    }
}
