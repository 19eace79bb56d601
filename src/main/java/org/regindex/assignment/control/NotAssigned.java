package org.regindex.assignment.control;

import org.regindex.platform.entity.Refusal;

public class NotAssigned extends Refusal {
    private static final String CONDITION = "NotAssigned"; // the problem type: part of the API

    private static final long serialVersionUID = 1L;

    public NotAssigned(String regionCode, String cycleCode) {
        super(Kind.FORBIDDEN, CONDITION, "You are not assigned to " + regionCode + " in cycle " + cycleCode + ".");
    }

    public NotAssigned(String message) {
        super(Kind.FORBIDDEN, CONDITION, message);
    }
}
