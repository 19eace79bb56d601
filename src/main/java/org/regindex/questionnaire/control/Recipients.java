package org.regindex.questionnaire.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.questionnaire.entity.Transition;

/**
 * Whom a workflow step concerns: on submit the reviewers, on a change request the experts, on accept the
 * coordinators, on approve, return and reopen the experts and reviewers; never the person who acted.
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
        Set<String> recipients = new LinkedHashSet<>();
        switch (transition) {
            case SUBMIT -> addAssigned(recipients, ofRegion, AssignmentRole.REVIEWER);
            case REQUEST_CHANGES -> addAssigned(recipients, ofRegion, AssignmentRole.EXPERT);
            case ACCEPT -> recipients.addAll(coordinators.get());
            case APPROVE, RETURN, REOPEN -> {
                addAssigned(recipients, ofRegion, AssignmentRole.EXPERT);
                addAssigned(recipients, ofRegion, AssignmentRole.REVIEWER);
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
        return cycle.blindReview() && transition.capacity() != Capacity.COORDINATOR;
    }

    private static void addAssigned(Set<String> recipients, Collection<Assignment> ofRegion, AssignmentRole role) {
        ofRegion.stream()
                .filter(assignment -> assignment.role() == role)
                .forEach(assignment -> recipients.add(assignment.username()));
    }
}
