package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

public class InvalidRegion extends Refusal {

    public InvalidRegion(String message) {
        super(Kind.INVALID, message);
    }
}
