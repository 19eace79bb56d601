package org.regindex.codebook.entity;

/** How a region's overall score is formed from its category scores; part of the codebook. */
public enum AggregationRule {
    /**
     * Category score = unweighted mean of the indicator scores in it; overall = unweighted mean of the
     * category scores on the codebook's first axis (policy areas, the MIPEX convention).
     */
    MEAN_OF_FIRST_AXIS_MEANS
}
