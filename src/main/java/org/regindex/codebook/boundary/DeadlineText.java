package org.regindex.codebook.boundary;

import java.util.Locale;
import org.regindex.platform.boundary.PageTexts;

/** How far a cycle's deadline is, in the page's language: "30 days left", "due today", "2 days overdue". */
public final class DeadlineText {

    private DeadlineText() {}

    /** {@code daysLeft} is negative once the deadline has passed (see Deadline.daysLeft). */
    public static String of(long daysLeft) {
        return of(PageTexts.pageLocale(), daysLeft);
    }

    public static String of(Locale locale, long daysLeft) {
        if (daysLeft == 0) {
            return PageTexts.text(locale, "deadline.today");
        }
        return PageTexts.text(locale, daysLeft > 0 ? "deadline.left" : "deadline.overdue", Math.abs(daysLeft));
    }
}
