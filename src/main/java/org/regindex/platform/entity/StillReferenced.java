package org.regindex.platform.entity;

/** The request would remove something that other data still refers to (a foreign key of the schema refused it). Nothing was removed. */
public class StillReferenced extends Refusal {
    private static final String CONDITION = "StillReferenced"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public StillReferenced(Kind kind, String message) {
        super(kind, CONDITION, message);
    }
}
