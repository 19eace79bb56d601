package org.regindex.questionnaire.entity;

import java.util.List;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;

/**
 * What the state machine needs to know beyond the state: the capacities of the person acting, what
 * the questionnaire still lacks, how many change requests are open, the reason given, and whether the cycle has
 * a country level.
 */
public record Facts(
        Set<Capacity> capacities, List<String> missing, int openChangeRequests, String reason, boolean countryLevel) {

    public Facts {
        capacities = Set.copyOf(capacities);
        missing = List.copyOf(missing);
    }

    public static Facts of(Set<Capacity> capacities) {
        return new Facts(capacities, List.of(), 0, null, false);
    }

    public Facts withMissing(List<String> missingItems) {
        return new Facts(capacities, missingItems, openChangeRequests, reason, countryLevel);
    }

    public Facts withOpenChangeRequests(int count) {
        return new Facts(capacities, missing, count, reason, countryLevel);
    }

    public Facts withReason(String text) {
        return new Facts(capacities, missing, openChangeRequests, text, countryLevel);
    }

    public Facts withCountryLevel(boolean level) {
        return new Facts(capacities, missing, openChangeRequests, reason, level);
    }
}
