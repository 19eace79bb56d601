package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.regindex.identity.control.Caller;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Notification;
import org.regindex.questionnaire.entity.TransitionNotAllowed;

/** The caller's own notifications: newest first, unread count, marking read. Nobody reads another's. */
@RequestScoped
@Transactional
public class Inbox {

    static final int SHOWN = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<Notification> latest() {
        caller.requireSignedIn();
        return em.createQuery(
                        "select n from Notification n where n.recipient = :me order by n.id desc", Notification.class)
                .setParameter("me", caller.username())
                .setMaxResults(SHOWN)
                .getResultList();
    }

    /** One page of the caller's notifications, newest first. */
    public Page<Notification> page(PageRequest page) {
        caller.requireSignedIn();
        Long before = page.afterId();
        TypedQuery<Notification> query = em.createQuery(
                        "select n from Notification n where n.recipient = :me"
                                + (before == null ? "" : " and n.id < :before") + " order by n.id desc",
                        Notification.class)
                .setParameter("me", caller.username())
                .setMaxResults(page.fetch());
        if (before != null) {
            query.setParameter("before", before);
        }
        return page.page(query.getResultList(), n -> List.of(n.id().toString()));
    }

    public long unread() {
        if (!caller.signedIn()) {
            return 0;
        }
        return em.createQuery(
                        "select count(n) from Notification n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", caller.username())
                .getSingleResult();
    }

    public Notification markRead(long id) {
        caller.requireSignedIn();
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.recipient().equals(caller.username())) {
            throw new TransitionNotAllowed(Refusal.Kind.NOT_FOUND, "You have no notification " + id + ".");
        }
        notification.markRead(clock.instant());
        return notification;
    }

    public void markAllRead() {
        latest().forEach(n -> n.markRead(clock.instant()));
    }
}
