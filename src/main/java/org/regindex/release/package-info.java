/**
 * Releases: approved answers frozen with their codebook, regions and scores into an immutable,
 * versioned dataset (DRAFT, then PUBLISHED, maybe WITHDRAWN), its downloads, digest, citation and
 * comparisons between releases.
 * <p>
 * Invariants: nothing in a release refers to mutable rows; the database refuses UPDATE and DELETE of
 * frozen content (a draft can be discarded whole); scores are a pure function of the frozen answers
 * and codebook ({@link org.regindex.release.entity.Scoring}), exact until rounded half-up to 2 decimals.
 */
package org.regindex.release;
