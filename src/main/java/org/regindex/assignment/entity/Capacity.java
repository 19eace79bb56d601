package org.regindex.assignment.entity;

import java.util.Locale;
import org.regindex.platform.entity.Actor;

/** In which capacity a person acts on one questionnaire. */
public enum Capacity {
    /** Assigned expert of the questionnaire's region in its cycle. */
    EXPERT("the region's expert"),
    /** Assigned reviewer of the region in the cycle (never its expert). */
    REVIEWER("the region's reviewer"),
    COORDINATOR("a coordinator"),
    /** A lead of the region's country in a cycle with a country level. */
    COUNTRY_LEAD("a lead of the region's country"),
    /** The region's government contact, who replies to its reviewed answers in a cycle with a right of reply. */
    GOVERNMENT("the region's government contact");

    private final String description;

    Capacity(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The person as the audit trail names them when they act in this capacity. */
    public Actor actor(String username) {
        return new Actor(username, name().toLowerCase(Locale.ROOT));
    }
}
