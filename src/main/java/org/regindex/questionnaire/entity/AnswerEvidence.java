package org.regindex.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file an answer cites as evidence, under the name the expert gave it. */
@Entity
@Table(name = "answer_evidence")
public class AnswerEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "answer_id", updatable = false)
    private Answer answer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sha256", updatable = false)
    private EvidenceFile file;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected AnswerEvidence() {}

    public AnswerEvidence(Answer answer, EvidenceFile file, String fileName, String addedBy, Instant addedAt) {
        this.answer = answer;
        this.file = file;
        this.fileName = fileName;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Answer answer() {
        return answer;
    }

    public EvidenceFile file() {
        return file;
    }

    public String fileName() {
        return fileName;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
