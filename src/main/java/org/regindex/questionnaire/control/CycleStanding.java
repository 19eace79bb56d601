package org.regindex.questionnaire.control;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.regindex.questionnaire.entity.Attention;
import org.regindex.questionnaire.entity.QuestionnaireState;

/**
 * A cycle at a glance: how many questionnaires are in each state, how many wait for the coordinator's
 * approval and how many are overdue (see Attention).
 */
public record CycleStanding(Map<QuestionnaireState, Integer> perState, int awaitingApproval, int overdue) {

    public CycleStanding {
        perState = Map.copyOf(perState);
    }

    /** From the states of the questionnaires of every region in scope (a region nobody started is NOT_STARTED). */
    public static CycleStanding of(Collection<QuestionnaireState> states, boolean cycleOpen, long daysLeft) {
        return of(states, cycleOpen, state -> daysLeft);
    }

    /** {@code daysLeft} gives the days to the deadline a questionnaire in a state is late against. */
    public static CycleStanding of(
            Collection<QuestionnaireState> states, boolean cycleOpen, ToLongFunction<QuestionnaireState> daysLeft) {
        Map<QuestionnaireState, Integer> counts = new EnumMap<>(QuestionnaireState.class);
        for (QuestionnaireState state : QuestionnaireState.values()) {
            counts.put(state, 0);
        }
        int awaiting = 0;
        int overdue = 0;
        for (QuestionnaireState state : states) {
            counts.merge(state, 1, Integer::sum);
            long left = daysLeft.applyAsLong(state);
            if (Attention.of(state, cycleOpen, left) == Attention.AWAITS_APPROVAL) {
                awaiting++;
            }
            if (Attention.overdue(state, cycleOpen, left)) {
                overdue++;
            }
        }
        return new CycleStanding(counts, awaiting, overdue);
    }

    public int count(QuestionnaireState state) {
        return perState.getOrDefault(state, 0);
    }

    /** Whether anything asks for the coordinator: an approval or a late questionnaire. */
    public boolean needsCoordinator() {
        return awaitingApproval > 0 || overdue > 0;
    }
}
