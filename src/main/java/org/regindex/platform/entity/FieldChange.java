package org.regindex.platform.entity;

/**
 * One field of something the audit trail stores as a whole, as it was before and after a change; {@code label}
 * is the bundle key that names the field, the values are as stored (empty when there was none).
 */
public record FieldChange(String label, String before, String after) {}
