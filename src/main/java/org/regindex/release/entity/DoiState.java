package org.regindex.release.entity;

/** How far a release's DOI is: none, recorded by a coordinator, registered with DataCite, or refused there. */
public enum DoiState {
    NONE,
    RECORDED,
    REGISTERED,
    FAILED
}
