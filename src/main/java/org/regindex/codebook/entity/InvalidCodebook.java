package org.regindex.codebook.entity;

import org.regindex.platform.entity.Refusal;

public class InvalidCodebook extends Refusal {

    public InvalidCodebook(String message) {
        super(Kind.INVALID, message);
    }
}
