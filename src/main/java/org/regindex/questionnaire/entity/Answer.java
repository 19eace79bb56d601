package org.regindex.questionnaire.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.regindex.codebook.entity.Indicator;

/** The stored answer to one indicator of a questionnaire; {@code rowVersion} guards against stale saves. */
@Entity
@Table(name = "answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id", updatable = false)
    private Questionnaire questionnaire;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id", updatable = false)
    private Indicator indicator;

    @Column(name = "option_code")
    private String optionCode;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(name = "not_applicable_reason", nullable = false)
    private String notApplicableReason;

    @Column(nullable = false)
    private String justification;

    @Column(nullable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    private Confidence confidence;

    @ElementCollection
    @CollectionTable(name = "answer_source", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Answer() {}

    public Answer(Questionnaire questionnaire, Indicator indicator) {
        this.questionnaire = questionnaire;
        this.indicator = indicator;
        write(AnswerContent.EMPTY);
    }

    /** Replaces the content; refuses content that breaks a rule of the indicator, saving nothing. */
    public void revise(AnswerContent content, String by, Instant at) {
        List<String> problems = content.problems(indicator);
        if (!problems.isEmpty()) {
            throw new InvalidAnswer(indicator.code(), problems);
        }
        write(content);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void write(AnswerContent content) {
        optionCode = content.optionCode();
        notApplicable = content.notApplicable();
        notApplicableReason = content.notApplicableReason();
        justification = content.justification();
        note = content.note();
        confidence = content.confidence();
        sources = new ArrayList<>(content.sources());
    }

    public AnswerContent content() {
        return new AnswerContent(
                optionCode, notApplicable, notApplicableReason, justification, sources, note, confidence);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Indicator indicator() {
        return indicator;
    }

    public int rowVersion() {
        return rowVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
