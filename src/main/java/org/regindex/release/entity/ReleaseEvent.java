package org.regindex.release.entity;

import org.regindex.platform.entity.AuditAction;

/** What the audit trail records of releases. */
public enum ReleaseEvent implements AuditAction {
    RELEASE_FROZEN,
    RELEASE_PUBLISHED,
    RELEASE_WITHDRAWN,
    RELEASE_DISCARDED,
    RELEASE_DOI_RECORDED,
    RELEASE_DOI_REGISTERED,
    RELEASE_DOI_FAILED,
    RELEASE_DOI_UPDATED,
    RELEASE_DOI_UPDATE_FAILED
}
