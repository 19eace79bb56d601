package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

public class InvalidCodebook extends Refusal {
    private static final String CONDITION = "InvalidCodebook"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public InvalidCodebook(String message) {
        super(Kind.INVALID, CONDITION, message);
    }
}
