package org.regindex.assignment.entity;

import org.regindex.platform.entity.AuditAction;

/** What the audit trail records of who works on which region. */
public enum AssignmentEvent implements AuditAction {
    ASSIGNED,
    UNASSIGNED,
    /** A region left a cycle, and its assignments with it. */
    CYCLE_REGION_REMOVED,
    COUNTRY_LEAD_APPOINTED,
    COUNTRY_LEAD_REMOVED
}
