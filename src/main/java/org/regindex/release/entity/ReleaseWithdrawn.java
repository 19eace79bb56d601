package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** The release was withdrawn: its data is no longer offered, only the reason. */
public class ReleaseWithdrawn extends Refusal {
    private static final String CONDITION = "ReleaseWithdrawn"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public ReleaseWithdrawn(String message) {
        super(Kind.GONE, CONDITION, message);
    }
}
