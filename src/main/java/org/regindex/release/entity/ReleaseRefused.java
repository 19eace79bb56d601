package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** A release action that cannot be taken, with the reason. */
public class ReleaseRefused extends Refusal {
    private static final long serialVersionUID = 1L;

    public ReleaseRefused(Kind kind, String message) {
        super(kind, message);
    }
}
