package org.regindex.identity.entity;

import org.regindex.platform.entity.Refusal;

/** A person or organisation to be credited lacks a name or has an ORCID iD of the wrong form. */
public class InvalidParty extends Refusal {
    private static final String CONDITION = "InvalidParty"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public InvalidParty(String message) {
        super(Kind.INVALID, CONDITION, message);
    }
}
