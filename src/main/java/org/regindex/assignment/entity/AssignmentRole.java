package org.regindex.assignment.entity;

/** What a person does for a region in a cycle. */
public enum AssignmentRole {
    EXPERT("expert"),
    REVIEWER("reviewer"),
    /** Replies to the region's reviewed answers where the cycle gives a right of reply. */
    GOVERNMENT("government contact");

    private final String label;

    AssignmentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
