package org.regindex.codebook.entity;

/** Whether experts can work on a cycle's questionnaires. */
public enum CycleStatus {
    OPEN,
    CLOSED
}
