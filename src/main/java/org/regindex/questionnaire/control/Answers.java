package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.regindex.codebook.entity.Indicator;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.Questionnaire;

/** Queries and storage of answers; callers own the transaction. */
@ApplicationScoped
public class Answers {

    @PersistenceContext
    EntityManager em;

    /** The answers by indicator code, in codebook order. */
    public Map<String, Answer> of(Questionnaire questionnaire) {
        Map<String, Answer> byCode = new LinkedHashMap<>();
        em.createQuery(
                        "select a from Answer a where a.questionnaire = :questionnaire order by a.indicator.position",
                        Answer.class)
                .setParameter("questionnaire", questionnaire)
                .getResultList()
                .forEach(answer -> byCode.put(answer.indicator().code(), answer));
        return byCode;
    }

    public Optional<Answer> answer(Questionnaire questionnaire, Indicator indicator) {
        return em.createQuery(
                        "select a from Answer a where a.questionnaire = :questionnaire and a.indicator = :indicator",
                        Answer.class)
                .setParameter("questionnaire", questionnaire)
                .setParameter("indicator", indicator)
                .getResultStream()
                .findFirst();
    }

    public Answer add(Answer answer) {
        em.persist(answer);
        return answer;
    }

    /** Writes pending changes now, so that new versions are known before the transaction ends. */
    public void flush() {
        em.flush();
    }
}
