package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** What was asked of a release does not make sense: regions outside the cycle, a title or reason missing or too long. */
public class InvalidRelease extends Refusal {
    private static final String CONDITION = "InvalidRelease"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public InvalidRelease(String message) {
        super(Kind.INVALID, CONDITION, message);
    }
}
