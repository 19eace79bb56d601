package org.regindex.codebook.entity;

/** Which text of a codebook (or of a region) a translation replaces. */
public enum TextPart {
    AXIS,
    CATEGORY,
    QUESTION,
    GUIDANCE,
    OPTION,
    REGION
}
