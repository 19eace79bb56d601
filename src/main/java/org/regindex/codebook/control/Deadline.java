package org.regindex.codebook.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far a cycle's deadline is, as coordinators read it on their screens. */
public final class Deadline {

    private Deadline() {}

    /** Whole days from {@code today} to {@code deadline}; negative once the deadline has passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public static String describe(long daysLeft) {
        if (daysLeft == 0) {
            return "due today";
        }
        long days = Math.abs(daysLeft);
        String count = days + (days == 1 ? " day" : " days");
        return daysLeft > 0 ? count + " left" : count + " overdue";
    }
}
