package org.regindex.questionnaire.entity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.platform.entity.Refusal.Kind;

/**
 * What a region's government contact may do where a cycle gives a right of reply: read the region's answers once
 * they are reviewed, and comment on them until the cycle's reply deadline. Replies never change an answer.
 */
public final class RightOfReply {

    private static final Set<QuestionnaireState> REVIEWED =
            EnumSet.of(QuestionnaireState.REVIEWED, QuestionnaireState.COUNTRY_APPROVED, QuestionnaireState.APPROVED);

    private RightOfReply() {}

    /** Whether these capacities are a government contact's and nothing more (the rules below are theirs). */
    public static boolean governmentOnly(Set<Capacity> capacities) {
        return capacities.equals(Set.of(Capacity.GOVERNMENT));
    }

    /** Refuses a government contact the questionnaire before it is reviewed, or in a cycle without a right of reply. */
    public static void requireReadable(Cycle cycle, QuestionnaireState state, String regionCode) {
        if (cycle.replyDeadline().isEmpty()) {
            throw new TransitionNotAllowed(Kind.FORBIDDEN, "Cycle " + cycle.code() + " gives no right of reply.");
        }
        if (!REVIEWED.contains(state)) {
            throw new TransitionNotAllowed(
                    Kind.FORBIDDEN,
                    "The answers of " + regionCode + " are open to its government contact once they are reviewed;"
                            + " the questionnaire is " + state.label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    /** Refuses a reply once the cycle's reply deadline has passed. */
    public static void requireWindowOpen(Cycle cycle, LocalDate today) {
        LocalDate until = cycle.replyDeadline()
                .orElseThrow(() -> new TransitionNotAllowed(
                        Kind.FORBIDDEN, "Cycle " + cycle.code() + " gives no right of reply."));
        if (today.isAfter(until)) {
            throw new TransitionNotAllowed(
                    Kind.CONFLICT,
                    "The reply window of cycle " + cycle.code() + " closed on " + until + "; no reply is taken now.");
        }
    }
}
