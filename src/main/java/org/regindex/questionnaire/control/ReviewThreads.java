package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Indicator;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.ReviewComment;
import org.regindex.questionnaire.entity.ReviewThread;

/** Queries and storage of review threads; callers own the transaction. */
@ApplicationScoped
public class ReviewThreads {

    @PersistenceContext
    EntityManager em;

    public List<ReviewThread> of(Questionnaire questionnaire) {
        return em.createQuery(
                        "select t from ReviewThread t where t.questionnaire = :questionnaire order by t.indicator.position",
                        ReviewThread.class)
                .setParameter("questionnaire", questionnaire)
                .getResultList();
    }

    /** Every thread of a cycle's questionnaires with its comments, by region and indicator. */
    public List<ReviewThread> ofCycle(Cycle cycle) {
        return em.createQuery(
                        "select distinct t from ReviewThread t left join fetch t.comments where t.questionnaire.cycle = :cycle"
                                + " order by t.questionnaire.region.code, t.indicator.position",
                        ReviewThread.class)
                .setParameter("cycle", cycle)
                .getResultList();
    }

    /** The thread about one answer, started the first time someone comments on it. */
    public ReviewThread obtain(Questionnaire questionnaire, Indicator indicator) {
        return em.createQuery(
                        "select t from ReviewThread t where t.questionnaire = :questionnaire and t.indicator = :indicator",
                        ReviewThread.class)
                .setParameter("questionnaire", questionnaire)
                .setParameter("indicator", indicator)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    ReviewThread thread = new ReviewThread(questionnaire, indicator);
                    em.persist(thread);
                    return thread;
                });
    }

    /** The thread's comments after the one with id {@code afterId} (from the first when null), oldest first. */
    public List<ReviewComment> comments(ReviewThread thread, Long afterId, int limit) {
        TypedQuery<ReviewComment> query = em.createQuery(
                        "select c from ReviewComment c where c.thread = :thread"
                                + (afterId == null ? "" : " and c.id > :after") + " order by c.id",
                        ReviewComment.class)
                .setParameter("thread", thread)
                .setMaxResults(limit);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    public int openChangeRequests(Questionnaire questionnaire) {
        if (questionnaire.id() == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(t) from ReviewThread t where t.questionnaire = :questionnaire and t.changeRequested = true",
                        Long.class)
                .setParameter("questionnaire", questionnaire)
                .getSingleResult()
                .intValue();
    }

    public void flush() {
        em.flush();
    }
}
