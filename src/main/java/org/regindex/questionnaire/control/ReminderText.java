package org.regindex.questionnaire.control;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.control.Texts;
import org.regindex.questionnaire.control.ReminderPlan.Reminder;

/**
 * What a reminder says, in the recipient's language: "Reminder: to review by 15 July 2027, 2027 round", the
 * regions waiting (the first {@value #REGIONS_LISTED}, then how many more), who sent it by hand, and the address.
 */
public record ReminderText(String subject, String body) {

    static final int REGIONS_LISTED = 40;

    /** {@code sentBy} names the coordinator who sent it by hand; null for an automatic reminder. */
    public static ReminderText of(Locale language, Reminder reminder, String cycleName, String sentBy, String url) {
        String deadline = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language)
                .format(reminder.deadline());
        String which = reminder.kind().name() + "." + reminder.step().name();
        StringBuilder body = new StringBuilder(Texts.text(language, "reminder.body." + which, deadline, cycleName));
        reminder.regions().stream()
                .limit(REGIONS_LISTED)
                .forEach((Region region) -> body.append('\n')
                        .append(Texts.text(language, "reminder.region", region.name(), region.code())));
        if (reminder.regions().size() > REGIONS_LISTED) {
            body.append('\n')
                    .append(Texts.text(
                            language, "reminder.more", reminder.regions().size() - REGIONS_LISTED));
        }
        if (sentBy != null) {
            body.append("\n\n").append(Texts.text(language, "reminder.byHand", sentBy));
        }
        body.append("\n\n").append(Texts.text(language, "notification.open", url));
        return new ReminderText(
                Texts.text(language, "reminder.subject." + which, deadline, cycleName), body.toString());
    }
}
