package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class UnknownRegion extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownRegion(String code) {
        super(Kind.NOT_FOUND, "There is no region with code " + code + ".");
    }
}
