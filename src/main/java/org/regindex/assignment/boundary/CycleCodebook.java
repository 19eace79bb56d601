package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.regindex.assignment.control.NotAssigned;
import org.regindex.assignment.control.Participation;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;

/** The codebook version a cycle uses, for its coordinators and for the experts and reviewers who work in it. */
@RequestScoped
@Transactional
public class CycleCodebook {

    @Inject
    Caller caller;

    @Inject
    Participation participation;

    @Inject
    Cycles cycles;

    public Codebook of(String cycleCode) {
        caller.requireSignedIn();
        Cycle cycle = cycles.byCode(cycleCode);
        if (!caller.has(Role.COORDINATOR) && !participation.inCycle(cycle)) {
            throw new NotAssigned("You work on no region of cycle " + cycleCode + ", so its codebook is not yours to"
                    + " read here; published releases carry theirs.");
        }
        return cycle.codebook();
    }
}
