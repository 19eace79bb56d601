package org.regindex.platform.entity;

/**
 * What an audit event records. Each feature names its actions in an enum that implements this; the
 * constant's name is what the audit trail stores, so a stored action is never renamed.
 */
public interface AuditAction {

    String name();
}
