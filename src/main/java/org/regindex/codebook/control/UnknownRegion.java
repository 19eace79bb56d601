package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class UnknownRegion extends Refusal {

    public UnknownRegion(String code) {
        super(Kind.NOT_FOUND, "There is no region with code " + code + ".");
    }
}
