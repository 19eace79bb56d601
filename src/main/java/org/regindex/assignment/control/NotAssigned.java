package org.regindex.assignment.control;

import org.regindex.platform.entity.Refusal;

public class NotAssigned extends Refusal {

    public NotAssigned(String regionCode, String cycleCode) {
        super(Kind.FORBIDDEN, "You are not assigned to " + regionCode + " in cycle " + cycleCode + ".");
    }

    public NotAssigned(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
