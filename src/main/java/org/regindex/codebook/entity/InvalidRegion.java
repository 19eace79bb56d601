package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

public class InvalidRegion extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidRegion(String message) {
        super(Kind.INVALID, message);
    }
}
