package org.regindex.demo;

import org.regindex.platform.entity.AuditAction;

/** What the audit trail records of the demo data. */
enum DemoEvent implements AuditAction {
    DEMO_DATA_LOADED
}
