package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

public class InvalidRegion extends Refusal {
    private static final String CONDITION = "InvalidRegion"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public InvalidRegion(String message) {
        super(Kind.INVALID, CONDITION, message);
    }
}
