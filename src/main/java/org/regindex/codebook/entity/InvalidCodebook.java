package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

public class InvalidCodebook extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidCodebook(String message) {
        super(Kind.INVALID, message);
    }
}
