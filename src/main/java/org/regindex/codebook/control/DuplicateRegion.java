package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class DuplicateRegion extends Refusal {
    private static final String CONDITION = "DuplicateRegion"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public DuplicateRegion(String code) {
        super(Kind.CONFLICT, CONDITION, "A region with code " + code + " exists already.");
    }
}
