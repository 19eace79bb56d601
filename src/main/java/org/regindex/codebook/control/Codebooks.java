package org.regindex.codebook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Indicator;

/** Queries and storage of codebook versions; callers own the transaction. */
@ApplicationScoped
public class Codebooks {

    @PersistenceContext
    EntityManager em;

    public List<Codebook> all() {
        return em.createQuery("select c from Codebook c order by c.code, c.version desc", Codebook.class)
                .getResultList();
    }

    public Codebook version(String code, int version) {
        return em.createQuery("select c from Codebook c where c.code = :code and c.version = :version", Codebook.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCodebook(code + " v" + version));
    }

    public Codebook latest(String code) {
        return em.createQuery("select c from Codebook c where c.code = :code order by c.version desc", Codebook.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCodebook(code));
    }

    public int nextVersion(String code) {
        Integer highest = em.createQuery("select max(c.version) from Codebook c where c.code = :code", Integer.class)
                .setParameter("code", code)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    /** The code of a cycle that uses this codebook, if any does. */
    /** One indicator of a codebook by its code, without loading the others (as {@link Codebook#indicator} does). */
    public Optional<Indicator> indicator(Codebook codebook, String indicatorCode) {
        return em.createQuery(
                        "select i from Indicator i where i.codebook = :codebook and i.code = :code", Indicator.class)
                .setParameter("codebook", codebook)
                .setParameter("code", indicatorCode)
                .getResultStream()
                .findFirst();
    }

    public Optional<String> cycleUsing(Codebook codebook) {
        return em.createQuery("select y.code from Cycle y where y.codebook = :codebook order by y.code", String.class)
                .setParameter("codebook", codebook)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Codebook add(Codebook codebook) {
        em.persist(codebook);
        return codebook;
    }

    public void remove(Codebook codebook) {
        cycleUsing(codebook).ifPresent(cycle -> {
            throw new CodebookInUse(codebook.reference(), cycle);
        });
        em.remove(codebook);
    }
}
