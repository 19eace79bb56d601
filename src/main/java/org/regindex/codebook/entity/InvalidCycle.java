package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

/** A cycle or assignment change that breaks a rule of the round. */
public class InvalidCycle extends Refusal {
    private static final String CONDITION = "InvalidCycle"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public InvalidCycle(String message) {
        super(Kind.INVALID, CONDITION, message);
    }

    public InvalidCycle(Kind kind, String message) {
        super(kind, CONDITION, message);
    }
}
