package org.regindex.codebook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.regindex.codebook.entity.RegionBoundary;

/** Storage of region boundaries; callers own the transaction. */
@ApplicationScoped
public class Boundaries {

    @PersistenceContext
    EntityManager em;

    /** Every stored boundary, by region code. */
    public List<RegionBoundary> all() {
        return em.createQuery("select b from RegionBoundary b order by b.regionCode", RegionBoundary.class)
                .getResultList();
    }

    /** What changes when any boundary changes: how many there are and when the last was imported. */
    public String stamp() {
        Object[] row = em.createQuery("select count(b), max(b.importedAt) from RegionBoundary b", Object[].class)
                .getSingleResult();
        return row[0] + "@" + row[1];
    }

    /** Stores the region's outline in place of any earlier one; returns the earlier one's point count, or null. */
    public Integer replace(GeoJsonBoundaries.Outline outline, String attribution, Instant at) {
        RegionBoundary stored = em.find(RegionBoundary.class, outline.code());
        if (stored == null) {
            em.persist(new RegionBoundary(outline.code(), outline.json(), outline.points(), attribution, at));
            return null;
        }
        int before = stored.points();
        stored.replace(outline.json(), outline.points(), attribution, at);
        return before;
    }
}
