package org.regindex.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.control.Capacities;
import org.regindex.assignment.control.NotAssigned;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.entity.Role;

/** An assignment and the matching role together make an expert or reviewer; a coordinator is one everywhere. */
public class CapacitiesTest {

    public static final Region VIENNA = new Region("AT13", "Vienna", "AT");

    public static Cycle cycle() {
        Cycle cycle = new Cycle("2026", "Round", IndicatorFilterTest.CODEBOOK, LocalDate.of(2027, 3, 31));
        cycle.include(VIENNA);
        return cycle;
    }

    static Predicate<Role> roles(Role... roles) {
        return Set.of(roles)::contains;
    }

    final Cycle cycle = cycle();
    final List<Assignment> assignments = List.of(
            new Assignment(cycle, VIENNA, "anna", AssignmentRole.EXPERT),
            new Assignment(cycle, VIENNA, "ben", AssignmentRole.REVIEWER));

    @Test
    void theAssignmentAndTheMatchingRoleTogetherMakeTheExpertOrTheReviewer() {
        assertEquals(Set.of(Capacity.EXPERT), Capacities.of("anna", roles(Role.EXPERT), assignments));
        assertEquals(Set.of(Capacity.REVIEWER), Capacities.of("ben", roles(Role.REVIEWER), assignments));
        assertTrue(Capacities.inCycle("anna", roles(Role.EXPERT), assignments));
    }

    @Test
    void aGovernmentContactIsOneByAssignmentAndRole() {
        List<Assignment> assigned = List.of(
                new Assignment(cycle(), VIENNA, "gabriela", org.regindex.assignment.entity.AssignmentRole.GOVERNMENT));
        assertEquals(Set.of(Capacity.GOVERNMENT), Capacities.of("gabriela", roles(Role.GOVERNMENT), assigned));
        assertEquals(Set.of(), Capacities.of("gabriela", roles(Role.REVIEWER), assigned), "assigned, wrong role");
        assertTrue(Capacities.inCycle("gabriela", roles(Role.GOVERNMENT), assigned));
    }

    @Test
    void aLeadOfTheRegionsCountryActsAsCountryLeadOnlyWithTheRole() {
        List<String> leads = List.of("lucia");
        assertEquals(Set.of(Capacity.COUNTRY_LEAD), Capacities.of("lucia", roles(Role.COUNTRY_LEAD), List.of(), leads));
        assertEquals(Set.of(), Capacities.of("lucia", roles(Role.EXPERT), List.of(), leads), "a lead without the role");
        assertEquals(
                Set.of(),
                Capacities.of("luis", roles(Role.COUNTRY_LEAD), List.of(), leads),
                "the role, another country");
    }

    @Test
    void anAssignmentWithoutItsRoleOrARoleWithoutAnAssignmentMakesNothing() {
        assertEquals(Set.of(), Capacities.of("anna", roles(Role.REVIEWER), assignments), "assigned, wrong role");
        assertEquals(Set.of(), Capacities.of("carla", roles(Role.EXPERT, Role.REVIEWER), assignments), "not assigned");
        assertFalse(Capacities.inCycle("anna", roles(Role.REVIEWER), assignments));
        assertFalse(Capacities.inCycle("carla", roles(Role.EXPERT), assignments));
    }

    @Test
    void aCoordinatorIsOneEverywhereAndKeepsWhatTheirAssignmentsMakeThem() {
        assertEquals(Set.of(Capacity.COORDINATOR), Capacities.of("carla", roles(Role.COORDINATOR), List.of()));
        assertEquals(
                Set.of(Capacity.COORDINATOR, Capacity.EXPERT),
                Capacities.of("anna", roles(Role.COORDINATOR, Role.EXPERT), assignments));
    }

    @Test
    void nobodyReadsWithoutACapacityAndAnExpertAloneOnlyWhileTheCycleIsOpen() {
        assertEquals(
                "You are not assigned to AT13 in cycle 2026.",
                assertThrows(NotAssigned.class, () -> Capacities.toRead(Set.of(), cycle, "AT13"))
                        .getMessage());
        assertEquals(Set.of(Capacity.EXPERT), Capacities.toRead(Set.of(Capacity.EXPERT), cycle, "AT13"));
        cycle.close();
        assertEquals(
                "Cycle 2026 is closed; its questionnaires are no longer open to experts.",
                assertThrows(NotAssigned.class, () -> Capacities.toRead(Set.of(Capacity.EXPERT), cycle, "AT13"))
                        .getMessage());
        assertEquals(Set.of(Capacity.REVIEWER), Capacities.toRead(Set.of(Capacity.REVIEWER), cycle, "AT13"));
        assertEquals(
                Set.of(Capacity.EXPERT, Capacity.COORDINATOR),
                Capacities.toRead(Set.of(Capacity.EXPERT, Capacity.COORDINATOR), cycle, "AT13"));
    }
}
