package org.regindex.assignment.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;

/** In which capacities the caller acts on a region's questionnaire (the rules are {@link Capacities}). */
@RequestScoped
public class Participation {

    @Inject
    Caller caller;

    @Inject
    Assignments assignments;

    public Set<Capacity> capacities(Cycle cycle, Region region) {
        caller.requireSignedIn();
        return Capacities.of(caller.username(), caller::has, assignments.of(cycle, region));
    }

    /** Whether the caller is expert or reviewer of some region of the cycle (with the matching role). */
    public boolean inCycle(Cycle cycle) {
        caller.requireSignedIn();
        return Capacities.inCycle(caller.username(), caller::has, assignments.of(cycle));
    }

    /** The capacities with which the caller may read the questionnaire. */
    public Set<Capacity> toRead(Cycle cycle, Region region) {
        return Capacities.toRead(capacities(cycle, region), cycle, region.code());
    }
}
