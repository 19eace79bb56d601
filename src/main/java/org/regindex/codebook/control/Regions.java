package org.regindex.codebook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.regindex.codebook.entity.Region;

/** Queries and storage of regions; callers own the transaction. */
@ApplicationScoped
public class Regions {

    @PersistenceContext
    EntityManager em;

    public List<Region> all() {
        return em.createQuery("select r from Region r order by r.countryCode, r.code", Region.class)
                .getResultList();
    }

    public Region byCode(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownRegion(code));
    }

    public boolean exists(String code) {
        return !em.createQuery("select r.id from Region r where r.code = :code", Long.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public long count() {
        return em.createQuery("select count(r) from Region r", Long.class).getSingleResult();
    }

    public Region add(Region region) {
        if (exists(region.code())) {
            throw new DuplicateRegion(region.code());
        }
        em.persist(region);
        return region;
    }
}
