package org.regindex.platform.entity;

/** A limit or a cursor that no list takes. */
public class InvalidPage extends Refusal {
    private static final String CONDITION = "InvalidPage"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public InvalidPage(String message) {
        super(Kind.INVALID, CONDITION, message);
    }
}
