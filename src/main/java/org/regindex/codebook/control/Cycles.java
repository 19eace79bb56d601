package org.regindex.codebook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.regindex.codebook.entity.Assignment;
import org.regindex.codebook.entity.AssignmentRole;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Refusal;

/** Queries and storage of cycles and their assignments; callers own the transaction. */
@ApplicationScoped
public class Cycles {

    @PersistenceContext
    EntityManager em;

    public List<Cycle> all() {
        return em.createQuery("select y from Cycle y order by y.deadline desc, y.code", Cycle.class).getResultList();
    }

    public Cycle byCode(String code) {
        return em.createQuery("select y from Cycle y where y.code = :code", Cycle.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownCycle(code));
    }

    public Cycle add(Cycle cycle) {
        if (!em.createQuery("select y.id from Cycle y where y.code = :code", Long.class)
                .setParameter("code", cycle.code()).getResultList().isEmpty()) {
            throw new InvalidCycle(Refusal.Kind.CONFLICT, "A cycle with code " + cycle.code() + " exists already.");
        }
        em.persist(cycle);
        return cycle;
    }

    public List<Assignment> assignments(Cycle cycle) {
        return em.createQuery("select a from Assignment a where a.cycle = :cycle"
                + " order by a.region.countryCode, a.region.code, a.role, a.username", Assignment.class)
                .setParameter("cycle", cycle).getResultList();
    }

    /** Everyone's own work: the person's assignments in every cycle, newest deadline first. */
    public List<Assignment> assignmentsOf(String username) {
        return em.createQuery("select a from Assignment a where a.username = :username"
                + " order by a.cycle.deadline desc, a.region.countryCode, a.region.code", Assignment.class)
                .setParameter("username", username).getResultList();
    }

    public List<Assignment> assignments(Cycle cycle, Region region) {
        return em.createQuery("select a from Assignment a where a.cycle = :cycle and a.region = :region"
                + " order by a.role, a.username", Assignment.class)
                .setParameter("cycle", cycle).setParameter("region", region).getResultList();
    }

    /**
     * Adds a person to a region of a cycle. One row per person and region: a person is never expert and
     * reviewer of the same region (a reviewer reviews someone else's answers).
     */
    public Assignment assign(Cycle cycle, Region region, String username, AssignmentRole role) {
        Assignment assignment = new Assignment(cycle, region, username, role);
        for (Assignment existing : assignments(cycle, region)) {
            if (existing.username().equals(username)) {
                throw new InvalidCycle(Refusal.Kind.CONFLICT, existing.role() == role
                        ? username + " is " + role.label() + " of " + region.code() + " in cycle " + cycle.code() + " already."
                        : username + " is the " + existing.role().label() + " of " + region.code() + " in cycle " + cycle.code()
                                + "; a person cannot be expert and reviewer of the same region.");
            }
        }
        em.persist(assignment);
        return assignment;
    }

    public Assignment assignment(Cycle cycle, Region region, String username) {
        return assignments(cycle, region).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new InvalidCycle(Refusal.Kind.NOT_FOUND,
                        username + " has no assignment for " + region.code() + " in cycle " + cycle.code() + "."));
    }

    public void unassign(Assignment assignment) {
        em.remove(assignment);
    }

    /** Takes a region out of a cycle together with its assignments, unless its questionnaire has begun. */
    public void exclude(Cycle cycle, Region region) {
        Number questionnaires = (Number) em.createNativeQuery("select count(*) from questionnaire where cycle_id = ? and region_id = ?")
                .setParameter(1, cycle.id()).setParameter(2, region.id()).getSingleResult();
        if (questionnaires.intValue() > 0) {
            throw new InvalidCycle(Refusal.Kind.CONFLICT, "The questionnaire of " + region.code() + " in cycle " + cycle.code()
                    + " has begun, so the region stays in the cycle; its answers are kept.");
        }
        assignments(cycle, region).forEach(em::remove);
        em.flush();
        cycle.exclude(region);
    }
}
