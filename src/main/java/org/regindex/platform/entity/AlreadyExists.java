package org.regindex.platform.entity;

/** What the request would create exists already (a unique key of the schema refused a second one): usually two requests at the same moment. Nothing of the later one was stored. */
public class AlreadyExists extends Refusal {
    private static final String CONDITION = "AlreadyExists"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public AlreadyExists(Kind kind, String message) {
        super(kind, CONDITION, message);
    }
}
