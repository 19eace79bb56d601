package org.regindex.release.entity;

/** DRAFT (frozen, coordinators only) -> PUBLISHED (public, irreversible) -> WITHDRAWN (listed with its reason, no data). */
public enum ReleaseState {
    DRAFT, PUBLISHED, WITHDRAWN
}
