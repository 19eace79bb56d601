package org.regindex.questionnaire.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.questionnaire.entity.Transition;

/**
 * Whom a workflow step concerns: on submit the reviewers, on a change request the experts, on accept the
 * coordinators (the country leads where the cycle has a country level), on a country approval the coordinators,
 * on approve, return, reopen and the country's return or withdrawal the experts, reviewers and country leads;
 * never the person who acted.
 */
public final class Recipients {

    private Recipients() {}

    /**
     * Who is told of {@code transition}, taken by {@code actor}.
     *
     * @param ofRegion the assignments of the questionnaire's region
     * @param coordinators everybody with the coordinator role (asked only on accept)
     */
    public static Set<String> of(
            Transition transition,
            Collection<Assignment> ofRegion,
            Supplier<Collection<String>> coordinators,
            String actor) {
        return of(transition, ofRegion, coordinators, List.of(), actor);
    }

    /**
     * The same in a cycle with a country level, whose {@code countryLeads} (of the region's country) are asked on
     * accept instead of the coordinators, and told of every decision above and below them.
     */
    public static Set<String> of(
            Transition transition,
            Collection<Assignment> ofRegion,
            Supplier<Collection<String>> coordinators,
            Collection<String> countryLeads,
            String actor) {
        Set<String> recipients = new LinkedHashSet<>();
        switch (transition) {
            case SUBMIT -> addAssigned(recipients, ofRegion, AssignmentRole.REVIEWER);
            case REQUEST_CHANGES -> addAssigned(recipients, ofRegion, AssignmentRole.EXPERT);
            case ACCEPT -> recipients.addAll(countryLeads.isEmpty() ? coordinators.get() : countryLeads);
            case COUNTRY_APPROVE -> recipients.addAll(coordinators.get());
            case APPROVE, RETURN, REOPEN, COUNTRY_RETURN, COUNTRY_UNAPPROVE -> {
                addAssigned(recipients, ofRegion, AssignmentRole.EXPERT);
                addAssigned(recipients, ofRegion, AssignmentRole.REVIEWER);
                recipients.addAll(countryLeads);
            }
            default -> {
                return Set.of();
            }
        }
        recipients.remove(actor);
        return recipients;
    }

    /** In a blind review the recipients learn only the role of an expert or reviewer who acted, not the name. */
    public static boolean actorHidden(Cycle cycle, Transition transition) {
        return cycle.blindReview()
                && transition.capacity() != Capacity.COORDINATOR
                && transition.capacity() != Capacity.COUNTRY_LEAD;
    }

    private static void addAssigned(Set<String> recipients, Collection<Assignment> ofRegion, AssignmentRole role) {
        ofRegion.stream()
                .filter(assignment -> assignment.role() == role)
                .forEach(assignment -> recipients.add(assignment.username()));
    }
}
