package org.regindex.codebook.entity;

import org.regindex.platform.entity.AuditAction;

/** What the audit trail records of regions, codebooks and cycles. */
public enum CodebookEvent implements AuditAction {
    REGION_ADDED,
    BOUNDARIES_IMPORTED,
    CODEBOOK_IMPORTED,
    CODEBOOK_COPIED,
    CODEBOOK_DELETED,
    CYCLE_CREATED,
    CYCLE_CHANGED,
    CYCLE_OPENED,
    CYCLE_CLOSED,
    CYCLE_REGION_ADDED,
    CYCLE_CONTRIBUTORS_CHANGED
}
