package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** The release is not in the state the action needs (a draft to publish, a published one to withdraw). */
public class ReleaseStateConflict extends Refusal {
    private static final String CONDITION = "ReleaseStateConflict"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public ReleaseStateConflict(String message) {
        super(Kind.CONFLICT, CONDITION, message);
    }
}
