package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** No such release, or nothing of it to show: a version, region or indicator that a published release lacks. */
public class UnknownRelease extends Refusal {
    private static final String CONDITION = "UnknownRelease"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public UnknownRelease(String message) {
        super(Kind.NOT_FOUND, CONDITION, message);
    }
}
