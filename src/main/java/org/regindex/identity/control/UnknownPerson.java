package org.regindex.identity.control;

import org.regindex.platform.entity.Refusal;

/** A user name the sign-in realm does not have. */
public class UnknownPerson extends Refusal {
    private static final String CONDITION = "UnknownPerson"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public UnknownPerson(String username) {
        super(Kind.NOT_FOUND, CONDITION, message(username));
    }

    /** The sentence for a user name the realm lacks, also for a row of an import. */
    public static String message(String username) {
        return "Keycloak has no user " + username + "; create the account in the realm first, then assign it.";
    }
}
