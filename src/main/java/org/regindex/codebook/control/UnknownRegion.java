package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class UnknownRegion extends Refusal {
    private static final String CONDITION = "UnknownRegion"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public UnknownRegion(String code) {
        super(Kind.NOT_FOUND, CONDITION, "There is no region with code " + code + ".");
    }
}
