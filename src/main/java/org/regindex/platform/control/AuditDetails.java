package org.regindex.platform.control;

import java.util.List;
import org.regindex.platform.entity.FieldChange;

/**
 * Reads the before and after of the audit events a feature writes as field-by-field differences, so that the
 * audit trail shows what changed without knowing each feature's JSON. A feature provides one as a bean.
 */
public interface AuditDetails {

    /** The fields that differ, in the order the thing shows them; empty for an event this one does not read. */
    List<FieldChange> changes(String action, String before, String after);
}
