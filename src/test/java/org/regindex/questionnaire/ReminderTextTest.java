package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.control.ReminderPlan.Reminder;
import org.regindex.questionnaire.control.ReminderText;
import org.regindex.questionnaire.entity.ReminderKind;

/** A reminder in its recipient's language: the step, the deadline, the regions waiting, who sent it by hand. */
class ReminderTextTest {

    private static final String URL = "http://localhost:8080/app/home.xhtml";
    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);
    private static final List<Region> TWO =
            List.of(new Region("ES51", "Catalonia", "ES"), new Region("ES61", "Andalusia", "ES"));

    @Test
    void anAutomaticReminderBeforeTheDeadlineListsTheRegionsInEnglish() {
        ReminderText text = ReminderText.of(
                Locale.ENGLISH,
                new Reminder("elena", DeadlineStep.SUBMISSION, ReminderKind.BEFORE, DEADLINE, TWO),
                "2027 round",
                null,
                URL);
        assertEquals("Reminder: questionnaires to submit by March 31, 2027, 2027 round", text.subject());
        assertEquals(
                "These questionnaires of 2027 round are to be submitted by March 31, 2027:\n– Catalonia (ES51)\n"
                        + "– Andalusia (ES61)\n\nOpen it: " + URL,
                text.body());
    }

    @Test
    void anOverdueReminderSentByHandIsInGermanAndNamesWhoSentIt() {
        ReminderText text = ReminderText.of(
                Locale.GERMAN,
                new Reminder("rita", DeadlineStep.REVIEW, ReminderKind.OVERDUE, DEADLINE, TWO.subList(0, 1)),
                "Runde 2027",
                "Clara Coordinator",
                URL);
        assertEquals("Überfällig: bis 31. März 2027 zu begutachtende Fragebögen, Runde 2027", text.subject());
        assertTrue(
                text.body()
                        .startsWith("Diese Fragebögen von Runde 2027 waren bis 31. März 2027 zu begutachten"
                                + " und warten noch auf Sie:\n– Catalonia (ES51)\n\nVerschickt von Clara Coordinator."),
                text.body());
    }

    @Test
    void aLongListOfRegionsEndsWithHowManyMore() {
        List<Region> many = IntStream.range(0, 45)
                .mapToObj(i -> new Region("ES" + (100 + i), "Region " + i, "ES"))
                .toList();
        ReminderText text = ReminderText.of(
                Locale.ENGLISH,
                new Reminder("clara", DeadlineStep.APPROVAL, ReminderKind.BEFORE, DEADLINE, many),
                "2027 round",
                null,
                URL);
        assertTrue(text.body().contains("– Region 39 (ES139)\n… and 5 more\n"), text.body());
        assertTrue(!text.body().contains("(ES140)"));
    }
}
