package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerEvidence;
import org.regindex.questionnaire.entity.EvidenceFile;
import org.regindex.questionnaire.entity.Questionnaire;

/** The evidence files of answers, as MariaDB records them; the bytes are in the file store. */
@ApplicationScoped
public class Evidence {

    @PersistenceContext
    EntityManager em;

    /** Holds the answer's row until the transaction ends, so that two changes of its files take turns. */
    public void lock(Answer answer) {
        em.lock(answer, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<AnswerEvidence> of(Answer answer) {
        return em.createQuery(
                        "select e from AnswerEvidence e where e.answer = :answer order by e.addedAt, e.id",
                        AnswerEvidence.class)
                .setParameter("answer", answer)
                .getResultList();
    }

    public Optional<AnswerEvidence> of(Answer answer, String sha256) {
        return of(answer).stream().filter(e -> e.file().sha256().equals(sha256)).findFirst();
    }

    /** The bytes the questionnaire's answers cite, each file counted once per answer that cites it. */
    public long bytesOf(Questionnaire questionnaire) {
        Long total = em.createQuery(
                        "select sum(e.file.size) from AnswerEvidence e where e.answer.questionnaire = :questionnaire",
                        Long.class)
                .setParameter("questionnaire", questionnaire)
                .getSingleResult();
        return total == null ? 0 : total;
    }

    public Optional<EvidenceFile> file(String sha256) {
        return Optional.ofNullable(em.find(EvidenceFile.class, sha256));
    }

    public EvidenceFile addFile(EvidenceFile file) {
        em.persist(file);
        return file;
    }

    public AnswerEvidence add(AnswerEvidence evidence) {
        em.persist(evidence);
        em.flush();
        return evidence;
    }

    public void remove(AnswerEvidence evidence) {
        em.remove(evidence);
        em.flush();
    }

    /** Whether any answer still cites the file. */
    public boolean cited(String sha256) {
        return em.createQuery("select count(e) from AnswerEvidence e where e.file.sha256 = :sha256", Long.class)
                        .setParameter("sha256", sha256)
                        .getSingleResult()
                > 0;
    }
}
