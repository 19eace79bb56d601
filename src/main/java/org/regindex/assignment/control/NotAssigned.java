package org.regindex.assignment.control;

import org.regindex.platform.entity.Refusal;

public class NotAssigned extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotAssigned(String regionCode, String cycleCode) {
        super(Kind.FORBIDDEN, "You are not assigned to " + regionCode + " in cycle " + cycleCode + ".");
    }

    public NotAssigned(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
