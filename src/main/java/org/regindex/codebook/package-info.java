/**
 * What a data-collection round is about: regions today; codebooks, indicators, answer options,
 * axes and cycles as they land.
 * <p>
 * Invariants: a region is addressed by its unique NUTS code; only coordinators change regions.
 */
package org.regindex.codebook;
