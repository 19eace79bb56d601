package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class UnknownCycle extends Refusal {
    private static final String CONDITION = "UnknownCycle"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public UnknownCycle(String code) {
        super(Kind.NOT_FOUND, CONDITION, "There is no cycle " + code + ".");
    }
}
