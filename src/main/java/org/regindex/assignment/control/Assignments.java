package org.regindex.assignment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Refusal;

/** Queries and storage of who works on which region of a cycle; callers own the transaction. */
@ApplicationScoped
public class Assignments {

    @PersistenceContext
    EntityManager em;

    public List<Assignment> of(Cycle cycle) {
        return em.createQuery(
                        "select a from Assignment a where a.cycle = :cycle"
                                + " order by a.region.countryCode, a.region.code, a.role, a.username",
                        Assignment.class)
                .setParameter("cycle", cycle)
                .getResultList();
    }

    /** Everyone's own work: the person's assignments in every cycle, newest deadline first. */
    public List<Assignment> of(String username) {
        return em.createQuery(
                        "select a from Assignment a where a.username = :username"
                                + " order by a.cycle.deadline desc, a.region.countryCode, a.region.code",
                        Assignment.class)
                .setParameter("username", username)
                .getResultList();
    }

    public List<Assignment> of(Cycle cycle, Region region) {
        return em.createQuery(
                        "select a from Assignment a where a.cycle = :cycle and a.region = :region"
                                + " order by a.role, a.username",
                        Assignment.class)
                .setParameter("cycle", cycle)
                .setParameter("region", region)
                .getResultList();
    }

    /**
     * Adds a person to a region of a cycle. One row per person and region: a person is never expert and
     * reviewer of the same region (a reviewer reviews someone else's answers).
     */
    public Assignment assign(Cycle cycle, Region region, String username, AssignmentRole role) {
        Assignment assignment = new Assignment(cycle, region, username, role);
        for (Assignment existing : of(cycle, region)) {
            if (existing.username().equals(username)) {
                throw new InvalidCycle(
                        Refusal.Kind.CONFLICT,
                        existing.role() == role
                                ? username + " is " + role.label() + " of " + region.code() + " in cycle "
                                        + cycle.code() + " already."
                                : username + " is the " + existing.role().label() + " of " + region.code()
                                        + " in cycle " + cycle.code()
                                        + "; a person cannot be expert and reviewer of the same region.");
            }
        }
        em.persist(assignment);
        return assignment;
    }

    public Assignment of(Cycle cycle, Region region, String username) {
        return of(cycle, region).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new InvalidCycle(
                        Refusal.Kind.NOT_FOUND,
                        username + " has no assignment for " + region.code() + " in cycle " + cycle.code() + "."));
    }

    /**
     * Removes the assignment. The DELETE reads the row as committed (not as this transaction first saw it),
     * so of two removals at once the second removes nothing and is told so, with no second audit event.
     */
    public void unassign(Assignment assignment) {
        int removed = em.createQuery("delete from Assignment a where a.id = :id")
                .setParameter("id", assignment.id())
                .executeUpdate();
        if (removed == 0) {
            throw new InvalidCycle(
                    Refusal.Kind.NOT_FOUND,
                    assignment.username() + " was unassigned from "
                            + assignment.region().code() + " in cycle "
                            + assignment.cycle().code() + " by someone else at the same moment.");
        }
    }

    /** Before the region leaves the cycle. */
    public void removeAll(Cycle cycle, Region region) {
        of(cycle, region).forEach(em::remove);
        em.flush();
    }
}
