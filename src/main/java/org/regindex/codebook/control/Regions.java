package org.regindex.codebook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;

/** Queries and storage of regions; callers own the transaction. */
@ApplicationScoped
public class Regions {

    @PersistenceContext
    EntityManager em;

    public List<Region> all() {
        return em.createQuery("select r from Region r order by r.countryCode, r.code", Region.class)
                .getResultList();
    }

    /** One page of regions by country and code; the cursor's key is the last region's country and code. */
    public Page<Region> page(PageRequest page) {
        List<String> after = page.after(2);
        TypedQuery<Region> query = em.createQuery(
                        "select r from Region r"
                                + (after == null
                                        ? ""
                                        : " where r.countryCode > :country or (r.countryCode = :country and r.code > :code)")
                                + " order by r.countryCode, r.code",
                        Region.class)
                .setMaxResults(page.fetch());
        if (after != null) {
            query.setParameter("country", after.get(0)).setParameter("code", after.get(1));
        }
        return page.page(query.getResultList(), r -> List.of(r.countryCode(), r.code()));
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
