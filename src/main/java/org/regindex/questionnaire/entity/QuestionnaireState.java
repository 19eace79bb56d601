package org.regindex.questionnaire.entity;

import java.time.LocalDate;
import java.util.Optional;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.DeadlineStep;

/** Where a region's questionnaire stands in a cycle. */
public enum QuestionnaireState {
    NOT_STARTED("Not started", true),
    IN_PROGRESS("In progress", true),
    SUBMITTED("Submitted", false),
    CHANGES_REQUESTED("Changes requested", true),
    REVIEWED("Reviewed", false),
    /** In a cycle with a country level: approved by a lead of the region's country, awaiting a coordinator. */
    COUNTRY_APPROVED("Approved by the country", false),
    APPROVED("Approved", false);

    private final String label;
    private final boolean editable;

    QuestionnaireState(String label, boolean editable) {
        this.label = label;
        this.editable = editable;
    }

    /** The step whose deadline a questionnaire in this state waits for; none once approved. */
    public Optional<DeadlineStep> awaits() {
        return Optional.ofNullable(
                switch (this) {
                    case NOT_STARTED, IN_PROGRESS, CHANGES_REQUESTED -> DeadlineStep.SUBMISSION;
                    case SUBMITTED -> DeadlineStep.REVIEW;
                    case REVIEWED, COUNTRY_APPROVED -> DeadlineStep.APPROVAL;
                    case APPROVED -> null;
                });
    }

    /** The deadline a questionnaire in this state is late against: its awaited step's (approval's once approved). */
    public LocalDate deadlineIn(Cycle cycle) {
        return cycle.deadlineFor(awaits().orElse(DeadlineStep.APPROVAL));
    }

    public String label() {
        return label;
    }

    /** Whether the region's expert may change answers (from submission to approval entry is locked). */
    public boolean editable() {
        return editable;
    }
}
