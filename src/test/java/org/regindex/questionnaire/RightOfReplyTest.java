package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.platform.entity.Refusal.Kind;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.RightOfReply;
import org.regindex.questionnaire.entity.TransitionNotAllowed;

/** A government contact reads reviewed answers and replies until the cycle's reply deadline, and nothing more. */
class RightOfReplyTest {

    static final LocalDate SUBMISSION = LocalDate.of(2027, 3, 31);
    static final LocalDate REPLY = LocalDate.of(2027, 5, 15);

    static Cycle cycle(LocalDate replyDeadline) {
        Cycle cycle = new Cycle("2027", "Round 2027", IndicatorFilterTest.CODEBOOK, SUBMISSION);
        cycle.schedule(SUBMISSION, SUBMISSION.plusDays(15), null);
        cycle.giveRightOfReplyUntil(replyDeadline);
        return cycle;
    }

    @Test
    void onlyAGovernmentContactWhoIsNothingElseIsBoundByTheseRules() {
        assertTrue(RightOfReply.governmentOnly(Set.of(Capacity.GOVERNMENT)));
        assertFalse(RightOfReply.governmentOnly(Set.of(Capacity.GOVERNMENT, Capacity.COORDINATOR)));
        assertFalse(RightOfReply.governmentOnly(Set.of(Capacity.REVIEWER)));
    }

    @Test
    void theAnswersOpenToTheGovernmentOnceReviewedAndInACycleWithARightOfReply() {
        Cycle cycle = cycle(REPLY);
        for (QuestionnaireState state : QuestionnaireState.values()) {
            boolean reviewed = state == QuestionnaireState.REVIEWED
                    || state == QuestionnaireState.COUNTRY_APPROVED
                    || state == QuestionnaireState.APPROVED;
            if (reviewed) {
                assertDoesNotThrow(() -> RightOfReply.requireReadable(cycle, state, "ES51"), state.name());
            } else {
                TransitionNotAllowed refused = assertThrows(
                        TransitionNotAllowed.class, () -> RightOfReply.requireReadable(cycle, state, "ES51"));
                assertEquals(Kind.FORBIDDEN, refused.kind(), state.name());
            }
        }
        assertEquals(
                "The answers of ES51 are open to its government contact once they are reviewed; the questionnaire is"
                        + " submitted.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> RightOfReply.requireReadable(cycle, QuestionnaireState.SUBMITTED, "ES51"))
                        .getMessage());
        assertEquals(
                "Cycle 2027 gives no right of reply.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> RightOfReply.requireReadable(cycle(null), QuestionnaireState.APPROVED, "ES51"))
                        .getMessage());
    }

    @Test
    void repliesAreTakenUntilTheEndOfTheReplyDeadline() {
        Cycle cycle = cycle(REPLY);
        assertDoesNotThrow(() -> RightOfReply.requireWindowOpen(cycle, REPLY));
        TransitionNotAllowed late = assertThrows(
                TransitionNotAllowed.class, () -> RightOfReply.requireWindowOpen(cycle, REPLY.plusDays(1)));
        assertEquals(Kind.CONFLICT, late.kind());
        assertEquals("The reply window of cycle 2027 closed on 2027-05-15; no reply is taken now.", late.getMessage());
        assertEquals(
                Kind.FORBIDDEN,
                assertThrows(TransitionNotAllowed.class, () -> RightOfReply.requireWindowOpen(cycle(null), REPLY))
                        .kind());
    }

    @Test
    void theReplyDeadlineDoesNotComeBeforeTheReviewDeadline() {
        assertEquals(
                "The reply deadline (2027-04-01) must not come before the review deadline (2027-04-15).",
                assertThrows(InvalidCycle.class, () -> cycle(SUBMISSION.plusDays(1)))
                        .getMessage());
        assertEquals(
                SUBMISSION.plusDays(15),
                cycle(SUBMISSION.plusDays(15)).replyDeadline().orElseThrow());
    }
}
