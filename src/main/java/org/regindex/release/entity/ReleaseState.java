package org.regindex.release.entity;

/** DRAFT (frozen, coordinators only) -> PUBLISHED (public, irreversible) -> WITHDRAWN (listed with its reason, no data). */
public enum ReleaseState {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReleaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
