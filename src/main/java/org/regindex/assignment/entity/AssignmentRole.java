package org.regindex.assignment.entity;

/** What a person does for a region in a cycle. */
public enum AssignmentRole {
    EXPERT("expert"),
    REVIEWER("reviewer");

    private final String label;

    AssignmentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
