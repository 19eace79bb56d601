package org.regindex.codebook.entity;

import java.time.LocalDate;

/**
 * What a coordinator sets beyond the submission deadline: the review and approval deadlines (none: the step
 * follows the one before it), from how many days before a deadline reminders go out (none: no reminders), and
 * until when government contacts may reply to reviewed answers (none: no right of reply).
 */
public record StepSchedule(
        LocalDate reviewDeadline, LocalDate approvalDeadline, Integer reminderDaysBefore, LocalDate replyDeadline) {

    public StepSchedule(LocalDate reviewDeadline, LocalDate approvalDeadline, Integer reminderDaysBefore) {
        this(reviewDeadline, approvalDeadline, reminderDaysBefore, null);
    }

    public static StepSchedule of(Cycle cycle) {
        return new StepSchedule(
                cycle.deadline(DeadlineStep.REVIEW).orElse(null),
                cycle.deadline(DeadlineStep.APPROVAL).orElse(null),
                cycle.reminderDays().orElse(null),
                cycle.replyDeadline().orElse(null));
    }
}
