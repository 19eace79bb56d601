package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.questionnaire.entity.UnknownTransition;

/** Which transitions a request may name, and what a refusal says it may name instead. */
class TransitionTest {

    static final String CHOICES =
            "SUBMIT, REQUEST_CHANGES, ACCEPT, COUNTRY_APPROVE, COUNTRY_RETURN, COUNTRY_UNAPPROVE, APPROVE, RETURN or REOPEN";

    @Test
    void aPersonAsksForEveryTransitionButStartAndResume() {
        assertEquals(
                List.of(
                        Transition.SUBMIT,
                        Transition.REQUEST_CHANGES,
                        Transition.ACCEPT,
                        Transition.COUNTRY_APPROVE,
                        Transition.COUNTRY_RETURN,
                        Transition.COUNTRY_UNAPPROVE,
                        Transition.APPROVE,
                        Transition.RETURN,
                        Transition.REOPEN),
                Transition.requestable());
    }

    @Test
    void aNameIsReadInAnyCase() {
        assertEquals(Transition.REQUEST_CHANGES, Transition.named(" request_changes"));
        assertEquals(Transition.START, Transition.named("start"), "the facade refuses it after its role check");
    }

    @Test
    void anUnknownOrMissingNameIsRefusedWithWhatCanBeAskedFor() {
        UnknownTransition unknown = assertThrows(UnknownTransition.class, () -> Transition.named("finish"));
        assertEquals("\"finish\" is not a transition: " + CHOICES + ".", unknown.getMessage());
        assertEquals(400, unknown.kind().status);
        assertEquals(
                "The body must name a transition: " + CHOICES + ".",
                assertThrows(UnknownTransition.class, () -> Transition.named(null))
                        .getMessage());
    }

    @Test
    void startAndResumeAreRefusedAsWhatFollowsFromASave() {
        assertEquals(
                "START is not asked for: a questionnaire starts when its expert saves an answer. The transitions you"
                        + " can ask for are " + CHOICES + ".",
                UnknownTransition.implicit(Transition.START).getMessage());
        assertEquals(
                "RESUME is not asked for: a questionnaire resumes when its expert saves an answer. The transitions"
                        + " you can ask for are " + CHOICES + ".",
                UnknownTransition.implicit(Transition.RESUME).getMessage());
    }
}
