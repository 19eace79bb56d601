package org.regindex.identity.control;

import org.regindex.platform.entity.Refusal;

public class NotSignedIn extends Refusal {
    private static final String CONDITION = "NotSignedIn"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public NotSignedIn() {
        super(Kind.NOT_SIGNED_IN, CONDITION, "Sign in to do this.");
    }
}
