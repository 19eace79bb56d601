package org.regindex.codebook.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far a cycle's deadline is, in days (DeadlineText says it in the page's language). */
public final class Deadline {

    private Deadline() {}

    /** Whole days from {@code today} to {@code deadline}; negative once the deadline has passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
