package org.regindex.identity.control;

import org.regindex.platform.entity.Refusal;

/** The realm could not say whether a user exists: what needed the answer is not done. */
public class RealmUnavailable extends Refusal {
    private static final String CONDITION = "RealmUnavailable"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public RealmUnavailable(String message) {
        super(Kind.UNAVAILABLE, CONDITION, message + " Nothing was changed; try again when Keycloak answers.");
    }
}
