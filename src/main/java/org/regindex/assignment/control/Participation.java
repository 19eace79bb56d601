package org.regindex.assignment.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;

/** In which capacities the caller acts on a region's questionnaire (the rules are {@link Capacities}). */
@RequestScoped
public class Participation {

    @Inject
    Caller caller;

    @Inject
    Assignments assignments;

    @Inject
    CountryLeads countryLeads;

    public Set<Capacity> capacities(Cycle cycle, Region region) {
        caller.requireSignedIn();
        return Capacities.of(
                caller.username(),
                caller::has,
                assignments.of(cycle, region),
                cycle.countryLevel() ? countryLeads.of(cycle, region.countryCode()) : List.of());
    }

    /**
     * Whether a lead of the region's country approves its reviewed questionnaire before a coordinator: the cycle has
     * a country level and the country a lead (a country nobody leads goes straight to the coordinators).
     */
    public boolean countryLevel(Cycle cycle, Region region) {
        return cycle.countryLevel()
                && !countryLeads.of(cycle, region.countryCode()).isEmpty();
    }

    /** Whether the caller is expert, reviewer or country lead in the cycle (with the matching role). */
    public boolean inCycle(Cycle cycle) {
        caller.requireSignedIn();
        return Capacities.inCycle(caller.username(), caller::has, assignments.of(cycle))
                || (cycle.countryLevel()
                        && caller.has(Role.COUNTRY_LEAD)
                        && countryLeads.of(cycle).stream()
                                .anyMatch(l -> l.username().equals(caller.username())));
    }

    /** The capacities with which the caller may read the questionnaire. */
    public Set<Capacity> toRead(Cycle cycle, Region region) {
        return Capacities.toRead(capacities(cycle, region), cycle, region.code());
    }
}
