package org.regindex.codebook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Refusal;

/** Queries and storage of cycles; callers own the transaction. */
@ApplicationScoped
public class Cycles {

    @PersistenceContext
    EntityManager em;

    public List<Cycle> all() {
        return em.createQuery("select y from Cycle y order by y.deadline desc, y.code", Cycle.class)
                .getResultList();
    }

    public Cycle byCode(String code) {
        return em.createQuery("select y from Cycle y where y.code = :code", Cycle.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCycle(code));
    }

    public Cycle add(Cycle cycle) {
        if (!em.createQuery("select y.id from Cycle y where y.code = :code", Long.class)
                .setParameter("code", cycle.code())
                .getResultList()
                .isEmpty()) {
            throw new InvalidCycle(Refusal.Kind.CONFLICT, "A cycle with code " + cycle.code() + " exists already.");
        }
        em.persist(cycle);
        return cycle;
    }

    /**
     * Whether the region is in the cycle's scope, asked of the database: {@link Cycle#covers} would load every region
     * of the cycle into the transaction (and its commit would look at each of them for changes).
     */
    public boolean covers(Cycle cycle, Region region) {
        return em.createQuery(
                                "select count(r) from Cycle y join y.regions r where y = :cycle and r = :region",
                                Long.class)
                        .setParameter("cycle", cycle)
                        .setParameter("region", region)
                        .getSingleResult()
                > 0;
    }

    /** Takes a region out of a cycle, unless its questionnaire has begun (its assignments go first, see CycleTeams). */
    public void exclude(Cycle cycle, Region region) {
        Number questionnaires =
                (Number) em.createNativeQuery("select count(*) from questionnaire where cycle_id = ? and region_id = ?")
                        .setParameter(1, cycle.id())
                        .setParameter(2, region.id())
                        .getSingleResult();
        if (questionnaires.intValue() > 0) {
            throw new InvalidCycle(
                    Refusal.Kind.CONFLICT,
                    "The questionnaire of " + region.code() + " in cycle " + cycle.code()
                            + " has begun, so the region stays in the cycle; its answers are kept.");
        }
        cycle.exclude(region);
    }
}
