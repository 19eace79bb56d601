package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.CapacitiesTest;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.entity.Cycle;
import org.regindex.questionnaire.control.Recipients;
import org.regindex.questionnaire.entity.Transition;

/** Whom each workflow step is told to, never the person who took it; a blind review hides the peer's name. */
class RecipientsTest {

    final Cycle cycle = CapacitiesTest.cycle();
    final List<Assignment> assignments = List.of(
            new Assignment(cycle, CapacitiesTest.VIENNA, "anna", AssignmentRole.EXPERT),
            new Assignment(cycle, CapacitiesTest.VIENNA, "ada", AssignmentRole.EXPERT),
            new Assignment(cycle, CapacitiesTest.VIENNA, "ben", AssignmentRole.REVIEWER));

    Set<String> told(Transition transition, String actor) {
        return Recipients.of(transition, assignments, () -> List.of("carla", "chris"), actor);
    }

    @Test
    void eachStepIsToldToThoseWhoActNext() {
        assertEquals(Set.of("ben"), told(Transition.SUBMIT, "anna"));
        assertEquals(Set.of("anna", "ada"), told(Transition.REQUEST_CHANGES, "ben"));
        assertEquals(Set.of("carla", "chris"), told(Transition.ACCEPT, "ben"));
        for (Transition byCoordinator : List.of(Transition.APPROVE, Transition.RETURN, Transition.REOPEN)) {
            assertEquals(Set.of("anna", "ada", "ben"), told(byCoordinator, "carla"), byCoordinator.name());
        }
    }

    @Test
    void withACountryLevelTheLeadsAreAskedOnAcceptAndToldOfEveryDecision() {
        List<String> leads = List.of("lucia");
        assertEquals(
                Set.of("lucia"), Recipients.of(Transition.ACCEPT, assignments, () -> List.of("carla"), leads, "ben"));
        assertEquals(
                Set.of("carla"),
                Recipients.of(Transition.COUNTRY_APPROVE, assignments, () -> List.of("carla"), leads, "lucia"));
        assertEquals(
                Set.of("anna", "ada", "ben"),
                Recipients.of(Transition.COUNTRY_RETURN, assignments, () -> List.of("carla"), leads, "lucia"));
        assertEquals(
                Set.of("anna", "ada", "ben", "lucia"),
                Recipients.of(Transition.APPROVE, assignments, () -> List.of("carla"), leads, "carla"));
    }

    @Test
    void startingOrResumingWorkIsToldToNobody() {
        assertEquals(Set.of(), told(Transition.START, "anna"));
        assertEquals(Set.of(), told(Transition.RESUME, "anna"));
    }

    @Test
    void whoActedIsNotToldOfTheirOwnStep() {
        assertEquals(Set.of("ada"), told(Transition.REQUEST_CHANGES, "anna"), "an expert who is also asked to act");
        assertEquals(Set.of("chris"), told(Transition.ACCEPT, "carla"), "a reviewer who is also a coordinator");
    }

    @Test
    void aBlindReviewHidesTheExpertsAndReviewersNamesButNotTheCoordinators() {
        assertFalse(Recipients.actorHidden(cycle, Transition.REQUEST_CHANGES));
        cycle.reviewBlind(true);
        assertTrue(Recipients.actorHidden(cycle, Transition.SUBMIT));
        assertTrue(Recipients.actorHidden(cycle, Transition.REQUEST_CHANGES));
        assertTrue(Recipients.actorHidden(cycle, Transition.ACCEPT));
        assertFalse(Recipients.actorHidden(cycle, Transition.APPROVE));
        assertFalse(Recipients.actorHidden(cycle, Transition.RETURN));
        assertFalse(Recipients.actorHidden(cycle, Transition.COUNTRY_APPROVE), "leads are not peers");
    }
}
