package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.entity.Questionnaire;

/** Queries and storage of questionnaires; callers own the transaction. */
@ApplicationScoped
public class Questionnaires {

    @PersistenceContext
    EntityManager em;

    public Optional<Questionnaire> find(Cycle cycle, Region region) {
        return em.createQuery(
                        "select q from Questionnaire q where q.cycle = :cycle and q.region = :region",
                        Questionnaire.class)
                .setParameter("cycle", cycle)
                .setParameter("region", region)
                .getResultStream()
                .findFirst();
    }

    /** The questionnaire, created NOT_STARTED the first time someone writes to it. */
    public Questionnaire obtain(Cycle cycle, Region region) {
        return find(cycle, region).orElseGet(() -> {
            Questionnaire created = new Questionnaire(cycle, region);
            em.persist(created);
            return created;
        });
    }

    public List<Questionnaire> of(Cycle cycle) {
        return em.createQuery("select q from Questionnaire q where q.cycle = :cycle", Questionnaire.class)
                .setParameter("cycle", cycle)
                .getResultList();
    }

    /** Writes pending changes now, so that new versions are known before the transaction ends. */
    public void flush() {
        em.flush();
    }
}
