/**
 * What a data-collection round is about: regions, codebooks (indicators, answer options, axes and
 * categories) and cycles with the regions in them.
 * <p>
 * Invariants: a region is addressed by its unique NUTS code, a codebook by code and version; a
 * codebook version that a cycle uses never changes; only coordinators change any of them.
 */
package org.regindex.codebook;
