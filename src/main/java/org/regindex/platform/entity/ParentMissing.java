package org.regindex.platform.entity;

/** The request refers to something that is not there (a foreign key of the schema refused it): usually removed by someone else meanwhile. Nothing was stored. */
public class ParentMissing extends Refusal {
    private static final String CONDITION = "ParentMissing"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public ParentMissing(Kind kind, String message) {
        super(kind, CONDITION, message);
    }
}
