package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class UnknownCodebook extends Refusal {
    private static final String CONDITION = "UnknownCodebook"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public UnknownCodebook(String reference) {
        super(Kind.NOT_FOUND, CONDITION, "There is no codebook " + reference + ".");
    }
}
