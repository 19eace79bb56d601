/**
 * Who works on which region of a cycle: assignments of people as expert or reviewer, their import,
 * a region leaving a cycle with its team, and the capacities in which a caller acts on a region
 * (expert, reviewer, coordinator), including how people are named to each other under blind review.
 * <p>
 * Invariants: one assignment per person and region, so nobody reviews their own answers; only
 * coordinators change assignments, and every change is audited.
 */
package org.regindex.assignment;
