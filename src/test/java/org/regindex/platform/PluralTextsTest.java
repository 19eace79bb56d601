package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regindex.platform.boundary.PageTexts;

/** Texts with a count take the plural form of their language, through the one formatting path of every page text. */
class PluralTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void englishSaysOneRegionAndTwoRegions() {
        assertEquals("Approved 1 questionnaire.", PageTexts.text(Locale.ENGLISH, "cycle.dashboard.approved", 1));
        assertEquals("Approved 2 questionnaires.", PageTexts.text(Locale.ENGLISH, "cycle.dashboard.approved", 2));
        assertEquals("Approved 0 questionnaires.", PageTexts.text(Locale.ENGLISH, "cycle.dashboard.approved", 0));
        assertEquals("1 day left", PageTexts.text(Locale.ENGLISH, "deadline.left", 1));
        assertEquals("30 days left", PageTexts.text(Locale.ENGLISH, "deadline.left", 30L));
        assertEquals(
                "1 region added, 0 removed; 2 answers, 1 score and 3 ranks changed.",
                PageTexts.text(Locale.ENGLISH, "releaseDiff.summary", 1, 0, 2, 1, 3));
        assertEquals(
                "Applied 1 changed answer; 71 unchanged.",
                PageTexts.text(Locale.ENGLISH, "questionnaire.offline.applied", 1, 71));
    }

    @Test
    void spanishTakesItsOwnSingularAndPlural() {
        assertEquals("Se aprobó 1 cuestionario.", PageTexts.text(SPANISH, "cycle.dashboard.approved", 1));
        assertEquals("Se aprobaron 2 cuestionarios.", PageTexts.text(SPANISH, "cycle.dashboard.approved", 2));
        assertEquals("queda 1 día", PageTexts.text(SPANISH, "deadline.left", 1));
        assertEquals("quedan 5 días", PageTexts.text(SPANISH, "deadline.left", 5));
        assertEquals(
                "1 región añadida, 0 eliminadas; cambiaron 2 respuestas, 1 puntuación y 1 posición.",
                PageTexts.text(SPANISH, "releaseDiff.summary", 1, 0, 2, 1, 1));
    }

    @Test
    void germanTakesItsOwnSingularAndPlural() {
        assertEquals("1 Fragebogen genehmigt.", PageTexts.text(Locale.GERMAN, "cycle.dashboard.approved", 1));
        assertEquals("3 Fragebögen genehmigt.", PageTexts.text(Locale.GERMAN, "cycle.dashboard.approved", 3));
        assertEquals("1 Tag überfällig", PageTexts.text(Locale.GERMAN, "deadline.overdue", 1));
        assertEquals("2 Tage überfällig", PageTexts.text(Locale.GERMAN, "deadline.overdue", 2));
        assertEquals(
                "2 Regionen hinzugekommen, 1 entfernt; 1 Antwort, 4 Punktwerte und 1 Rang geändert.",
                PageTexts.text(Locale.GERMAN, "releaseDiff.summary", 2, 1, 1, 4, 1));
    }

    @Test
    void aCountIsWrittenAsItsLanguageWritesNumbers() {
        assertEquals(
                "Approved 1,200 questionnaires.", PageTexts.text(Locale.ENGLISH, "cycle.dashboard.approved", 1200));
        assertEquals("1.200 Fragebögen genehmigt.", PageTexts.text(Locale.GERMAN, "cycle.dashboard.approved", 1200));
    }

    @Test
    void apostrophesAndPlainPlaceholdersReadAsBefore() {
        assertEquals(
                "Added region ES51 Catalonia.",
                PageTexts.text(Locale.ENGLISH, "regions.done.added", "ES51", "Catalonia"));
        assertEquals("x UTC", PageTexts.format("{0} UTC", Locale.ENGLISH, "x"));
        assertEquals("the region's score 5", PageTexts.format("the region''s score {0}", Locale.ENGLISH, 5));
    }
}
