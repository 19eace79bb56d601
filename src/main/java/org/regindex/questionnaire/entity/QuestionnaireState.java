package org.regindex.questionnaire.entity;

/** Where a region's questionnaire stands in a cycle. */
public enum QuestionnaireState {
    NOT_STARTED("Not started", true),
    IN_PROGRESS("In progress", true),
    SUBMITTED("Submitted", false),
    CHANGES_REQUESTED("Changes requested", true),
    REVIEWED("Reviewed", false),
    APPROVED("Approved", false);

    private final String label;
    private final boolean editable;

    QuestionnaireState(String label, boolean editable) {
        this.label = label;
        this.editable = editable;
    }

    public String label() {
        return label;
    }

    /** Whether the region's expert may change answers (SUBMITTED, REVIEWED and APPROVED lock entry). */
    public boolean editable() {
        return editable;
    }
}
