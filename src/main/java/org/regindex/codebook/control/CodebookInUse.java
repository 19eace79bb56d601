package org.regindex.codebook.control;

import org.regindex.platform.entity.Refusal;

public class CodebookInUse extends Refusal {
    private static final String CONDITION = "CodebookInUse"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public CodebookInUse(String reference, String cycleCode) {
        super(
                Kind.CONFLICT,
                CONDITION,
                "The codebook " + reference + " is used by cycle " + cycleCode
                        + " and cannot change; copy it to a new version instead.");
    }
}
