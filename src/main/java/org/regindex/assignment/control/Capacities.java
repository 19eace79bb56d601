package org.regindex.assignment.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.entity.Role;

/**
 * The rules of who acts as what on a region's questionnaire: an assignment and the matching Keycloak role
 * together make a person its expert or reviewer (either alone does not); the coordinator role makes them a
 * coordinator everywhere; an expert reads only while the cycle is open.
 */
public final class Capacities {

    private Capacities() {}

    /** The capacities of {@code username}, who has the roles {@code has} accepts, given the region's assignments. */
    public static Set<Capacity> of(String username, Predicate<Role> has, Collection<Assignment> ofRegion) {
        return of(username, has, ofRegion, List.of());
    }

    /**
     * The same, and a lead of the region's country ({@code countryLeads}, in a cycle with a country level) who has
     * the country-lead role is its country lead.
     */
    public static Set<Capacity> of(
            String username, Predicate<Role> has, Collection<Assignment> ofRegion, Collection<String> countryLeads) {
        Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
        if (countryLeads.contains(username) && has.test(Role.COUNTRY_LEAD)) {
            capacities.add(Capacity.COUNTRY_LEAD);
        }
        if (has.test(Role.COORDINATOR)) {
            capacities.add(Capacity.COORDINATOR);
        }
        for (Assignment assignment : ofRegion) {
            if (assignment.username().equals(username) && has.test(roleFor(assignment.role()))) {
                capacities.add(capacityOf(assignment.role()));
            }
        }
        return capacities;
    }

    /** Whether one of these assignments (of a cycle) makes {@code username} its expert or reviewer. */
    public static boolean inCycle(String username, Predicate<Role> has, Collection<Assignment> ofCycle) {
        return ofCycle.stream()
                .anyMatch(assignment -> assignment.username().equals(username) && has.test(roleFor(assignment.role())));
    }

    /**
     * The capacities with which one may read the questionnaire: none refuses; an expert alone is refused once the
     * cycle is closed; reviewers, country leads and coordinators always read.
     */
    public static Set<Capacity> toRead(Set<Capacity> capacities, Cycle cycle, String regionCode) {
        if (capacities.isEmpty()) {
            throw new NotAssigned(regionCode, cycle.code());
        }
        if (capacities.equals(Set.of(Capacity.EXPERT)) && !cycle.isOpen()) {
            throw new NotAssigned(
                    "Cycle " + cycle.code() + " is closed; its questionnaires are no longer open to experts.");
        }
        return capacities;
    }

    private static Role roleFor(AssignmentRole role) {
        return switch (role) {
            case EXPERT -> Role.EXPERT;
            case REVIEWER -> Role.REVIEWER;
            case GOVERNMENT -> Role.GOVERNMENT;
        };
    }

    private static Capacity capacityOf(AssignmentRole role) {
        return switch (role) {
            case EXPERT -> Capacity.EXPERT;
            case REVIEWER -> Capacity.REVIEWER;
            case GOVERNMENT -> Capacity.GOVERNMENT;
        };
    }
}
