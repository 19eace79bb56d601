package org.regindex.assignment.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;

/**
 * In which capacities the caller acts on a region's questionnaire: an assignment of the cycle and the
 * matching Keycloak role together make them its expert or reviewer; the coordinator role makes them
 * a coordinator everywhere.
 */
@RequestScoped
public class Participation {

    @Inject
    Caller caller;

    @Inject
    Assignments assignments;

    public Set<Capacity> capacities(Cycle cycle, Region region) {
        caller.requireSignedIn();
        Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
        if (caller.has(Role.COORDINATOR)) {
            capacities.add(Capacity.COORDINATOR);
        }
        for (Assignment assignment : assignments.of(cycle, region)) {
            if (assignment.username().equals(caller.username())) {
                if (assignment.role() == AssignmentRole.EXPERT && caller.has(Role.EXPERT)) {
                    capacities.add(Capacity.EXPERT);
                } else if (assignment.role() == AssignmentRole.REVIEWER && caller.has(Role.REVIEWER)) {
                    capacities.add(Capacity.REVIEWER);
                }
            }
        }
        return capacities;
    }

    /** Whether the caller is expert or reviewer of some region of the cycle (with the matching role). */
    public boolean inCycle(Cycle cycle) {
        caller.requireSignedIn();
        return assignments.of(cycle).stream()
                .filter(a -> a.username().equals(caller.username()))
                .anyMatch(a -> a.role() == AssignmentRole.EXPERT ? caller.has(Role.EXPERT) : caller.has(Role.REVIEWER));
    }

    /**
     * The capacities with which the caller may read the questionnaire: experts only while the cycle is
     * open, reviewers and coordinators always.
     */
    public Set<Capacity> toRead(Cycle cycle, Region region) {
        Set<Capacity> capacities = capacities(cycle, region);
        if (capacities.isEmpty()) {
            throw new NotAssigned(region.code(), cycle.code());
        }
        if (capacities.equals(Set.of(Capacity.EXPERT)) && !cycle.isOpen()) {
            throw new NotAssigned(
                    "Cycle " + cycle.code() + " is closed; its questionnaires are no longer open to experts.");
        }
        return capacities;
    }
}
