package org.regindex.codebook.entity;

import java.time.LocalDate;

/**
 * What a coordinator sets beyond the submission deadline: the review and approval deadlines (none: the step
 * follows the one before it) and from how many days before a deadline reminders go out (none: no reminders).
 */
public record StepSchedule(LocalDate reviewDeadline, LocalDate approvalDeadline, Integer reminderDaysBefore) {

    public static StepSchedule of(Cycle cycle) {
        return new StepSchedule(
                cycle.deadline(DeadlineStep.REVIEW).orElse(null),
                cycle.deadline(DeadlineStep.APPROVAL).orElse(null),
                cycle.reminderDays().orElse(null));
    }
}
