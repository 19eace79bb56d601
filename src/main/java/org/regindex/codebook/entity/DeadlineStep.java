package org.regindex.codebook.entity;

/** A step of a round that has a deadline: experts submit, reviewers review, coordinators approve. */
public enum DeadlineStep {
    SUBMISSION,
    REVIEW,
    APPROVAL
}
