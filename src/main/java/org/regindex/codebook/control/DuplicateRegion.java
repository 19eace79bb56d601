package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class DuplicateRegion extends Refusal {

    public DuplicateRegion(String code) {
        super(Kind.CONFLICT, "A region with code " + code + " exists already.");
    }
}
