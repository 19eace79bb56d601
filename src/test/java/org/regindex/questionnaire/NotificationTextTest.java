package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.Texts;
import org.regindex.questionnaire.control.NotificationText;
import org.regindex.questionnaire.entity.Transition;

/** A notification is written in its recipient's language, names who acted, and links to the questionnaire. */
class NotificationTextTest {

    private static final String URL = "http://localhost:8080/app/questionnaire.xhtml?cycle=2026&region=ES51";

    @Test
    void aSubmissionTellsTheReviewerInEnglishByDefault() {
        NotificationText text = NotificationText.of(
                Locale.ENGLISH, Transition.SUBMIT, "Catalonia", "ES51", "2026 round", "Elena Expert", null, URL);
        assertEquals("Catalonia (ES51), 2026 round: submitted by Elena Expert", text.subject());
        assertEquals(
                "The questionnaire of Catalonia (ES51) in 2026 round was submitted by Elena Expert. It waits for your"
                        + " review.\n\nOpen it: " + URL,
                text.body());
    }

    @Test
    void aReturnToAGermanSpeakingExpertIsInGermanWithItsReason() {
        NotificationText text = NotificationText.of(
                Locale.GERMAN,
                Transition.RETURN,
                "Katalonien",
                "ES51",
                "Runde 2026",
                "Clara Coordinator",
                "Quellen fehlen",
                URL);
        assertEquals(
                "Katalonien (ES51), Runde 2026: zur Überarbeitung zurückgegeben von Clara Coordinator", text.subject());
        assertEquals(
                "Der Fragebogen von Katalonien (ES51) in Runde 2026 wurde von Clara Coordinator zur Überarbeitung"
                        + " zurückgegeben.\nBegründung: Quellen fehlen\n\nÖffnen: " + URL,
                text.body());
    }

    @Test
    void aBlindReviewNamesOnlyTheRoleInTheRecipientsLanguage() {
        assertEquals("the expert", NotificationText.hidden(Locale.ENGLISH, Transition.SUBMIT));
        assertEquals("el revisor", NotificationText.hidden(Locale.forLanguageTag("es"), Transition.REQUEST_CHANGES));
    }

    @Test
    void everyNotifiedStepHasItsSentencesInEveryLanguage() {
        for (Locale language : Texts.SUPPORTED) {
            for (Transition step : new Transition[] {
                Transition.SUBMIT,
                Transition.REQUEST_CHANGES,
                Transition.ACCEPT,
                Transition.APPROVE,
                Transition.RETURN,
                Transition.REOPEN
            }) {
                NotificationText text = NotificationText.of(language, step, "R", "ES51", "C", "W", "why", URL);
                assertEquals(
                        true, text.subject().contains("ES51") && text.subject().contains("W"), text.subject());
                assertEquals(true, text.body().contains("why") && text.body().endsWith(URL), text.body());
            }
        }
    }

    @Test
    void aPersonsLanguageIsOneOfTheEightOrEnglish() {
        assertEquals(Locale.GERMAN, Texts.orEnglish("de-AT"));
        assertEquals(Locale.forLanguageTag("pt"), Texts.orEnglish("pt_BR"));
        assertEquals(Locale.ENGLISH, Texts.orEnglish("ja"));
        assertEquals(Locale.ENGLISH, Texts.orEnglish(null));
    }
}
