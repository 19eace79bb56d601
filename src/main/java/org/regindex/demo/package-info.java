/**
 * The demo data that {@code ./regindex start} loads into an empty database: regions, the reference
 * codebook, a cycle with demo teams, and an illustrative pilot round taken through the workflow and
 * published. It may use every feature and is used by none.
 */
package org.regindex.demo;
