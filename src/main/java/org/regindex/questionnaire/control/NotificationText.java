package org.regindex.questionnaire.control;

import java.util.Locale;
import org.regindex.platform.control.Texts;
import org.regindex.questionnaire.entity.Transition;

/**
 * What a notification of a workflow step says, in the recipient's language: a subject ("Catalonia (ES51),
 * 2026 round: submitted by Elena Expert") and sentences with the reason, if any, and the address to open.
 */
public record NotificationText(String subject, String body) {

    /** {@code who} is the actor's name, or their role in a blind review (see {@link #hidden}). */
    public static NotificationText of(
            Locale language,
            Transition transition,
            String regionName,
            String regionCode,
            String cycleName,
            String who,
            String reason,
            String url) {
        Object[] facts = {regionName, regionCode, cycleName, who};
        String subject = Texts.text(language, "notification.subject." + transition.name(), facts);
        String body = Texts.text(language, "notification.body." + transition.name(), facts)
                + (reason == null || reason.isBlank() ? "" : "\n" + Texts.text(language, "notification.reason", reason))
                + "\n\n" + Texts.text(language, "notification.open", url);
        return new NotificationText(subject, body);
    }

    /** How a blind review names the one who acted: by their role, in the recipient's language. */
    public static String hidden(Locale language, Transition transition) {
        return Texts.label(language, "notification.blind", transition.capacity());
    }
}
