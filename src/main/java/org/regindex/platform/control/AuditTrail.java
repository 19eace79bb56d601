package org.regindex.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.regindex.platform.entity.Actor;
import org.regindex.platform.entity.AuditAction;
import org.regindex.platform.entity.AuditEvent;

/**
 * Writes audit events in the caller's transaction, so a change and its event are stored together
 * or not at all. Values before and after are stored as JSON.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Where a change happened: what kind of thing, its key, and the cycle and region it belongs to, if any. */
    public record Subject(String type, String key, String cycleCode, String regionCode) {

        public static Subject of(String type, String key) {
            return new Subject(type, key, null, null);
        }
    }

    public void record(Actor actor, AuditAction action, Subject subject, Object before, Object after) {
        em.persist(new AuditEvent(
                clock.instant(),
                actor,
                action.name(),
                subject.type(),
                subject.key(),
                subject.cycleCode(),
                subject.regionCode(),
                json(before),
                json(after)));
    }

    private static String json(Object value) {
        return value == null ? null : JSON.toJson(value);
    }

    /** Events of a cycle, newest first, narrowed to a region, a person or an action where those are given. */
    public List<AuditEvent> ofCycle(String cycleCode, String regionCode, String actor, String action, int limit) {
        return ofCycle(cycleCode, regionCode, actor, action, null, limit);
    }

    /** The same, only events older than the one with id {@code beforeId} when it is given (the next page). */
    public List<AuditEvent> ofCycle(
            String cycleCode, String regionCode, String actor, String action, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where e.cycleCode = :cycle");
        if (beforeId != null) {
            jpql.append(" and e.id < :before");
        }
        if (regionCode != null) {
            jpql.append(" and e.regionCode = :region");
        }
        if (actor != null) {
            jpql.append(" and e.actor = :actor");
        }
        if (action != null) {
            jpql.append(" and e.action = :action");
        }
        var query = em.createQuery(jpql.append(" order by e.id desc").toString(), AuditEvent.class)
                .setParameter("cycle", cycleCode)
                .setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultList();
    }

    /** The actions a cycle's trail holds, each once, in the order of their names. */
    public List<String> actionsOf(String cycleCode) {
        return em.createQuery(
                        "select distinct e.action from AuditEvent e where e.cycleCode = :cycle order by e.action",
                        String.class)
                .setParameter("cycle", cycleCode)
                .getResultList();
    }

    public List<AuditEvent> about(String subjectType, String subjectKey) {
        return em.createQuery(
                        "select e from AuditEvent e where e.subjectType = :type and e.subject = :key order by e.id",
                        AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("key", subjectKey)
                .getResultList();
    }
}
