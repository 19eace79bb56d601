package org.regindex.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.AssignmentEvent;
import org.regindex.assignment.entity.Capacity;
import org.regindex.audit.boundary.AuditLog;
import org.regindex.audit.boundary.AuditRows;
import org.regindex.codebook.entity.CodebookEvent;
import org.regindex.platform.control.Texts;
import org.regindex.platform.control.Times;
import org.regindex.platform.entity.FieldChange;
import org.regindex.questionnaire.control.AnswerSavedDetails;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.Source;
import org.regindex.release.entity.ReleaseEvent;

/** The audit trail reads like sentences: a label per action, times in the reader's zone, answers field by field. */
class AuditSentencesTest {

    @Test
    void everyActionTheTrailStoresIsASentenceAboutWhoActedInEveryLanguage() throws Exception {
        List<Enum<?>> actions = new ArrayList<>();
        actions.addAll(List.of(CodebookEvent.values()));
        actions.addAll(List.of(QuestionnaireEvent.values()));
        actions.addAll(List.of(AssignmentEvent.values()));
        actions.addAll(List.of(ReleaseEvent.values()));
        for (Object demo : Class.forName("org.regindex.demo.DemoEvent").getEnumConstants()) {
            actions.add((Enum<?>) demo);
        }
        for (Locale language : Texts.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, language);
            for (Enum<?> action : actions) {
                String key = "auditAction." + action.name();
                assertTrue(bundle.containsKey(key), key);
                assertTrue(Texts.text(language, key, "Elena Expert").contains("Elena Expert"), key + " " + language);
            }
        }
        assertEquals(
                "Elena Expert submitted the questionnaire",
                Texts.text(Locale.ENGLISH, "auditAction.QUESTIONNAIRE_SUBMIT", "Elena Expert"));
        assertEquals(
                "Elena Expert hat den Fragebogen eingereicht",
                Texts.text(Locale.GERMAN, "auditAction.QUESTIONNAIRE_SUBMIT", "Elena Expert"));
    }

    @Test
    void aTimeIsShownInTheReadersZoneAndLanguage() {
        Instant at = Instant.parse("2026-12-02T10:05:00Z");
        String english = Times.of(at, Locale.ENGLISH, Times.DEFAULT_ZONE);
        assertTrue(english.contains("11:05") && english.contains("2026") && english.contains("Dec"), english);
        String german = Times.of(at, Locale.GERMAN, Times.DEFAULT_ZONE);
        assertTrue(german.contains("11:05") && german.contains("02.12.2026"), german);
        String madrid = Times.of(at, Locale.forLanguageTag("es"), Times.zone("Europe/Lisbon"));
        assertTrue(madrid.contains("10:05"), madrid);
        assertEquals(Times.DEFAULT_ZONE, Times.zone("Mars/Olympus"));
        assertEquals(ZoneId.of("Europe/Madrid"), Times.zone("Europe/Madrid"));
        assertEquals("", Times.of(null, Locale.ENGLISH, Times.DEFAULT_ZONE));
    }

    @Test
    void aSavedAnswerShowsOnlyTheFieldsThatChanged() {
        AnswerContent before = new AnswerContent(
                "a", false, "", "The 2019 plan.", List.of(new Source("Plan 2019", "https://example.org/2019")), "");
        AnswerContent after = new AnswerContent(
                "b", false, "", "The 2019 plan.", List.of(new Source("Plan 2024", "")), "a private note");
        assertEquals(
                List.of(
                        new FieldChange("reviewChanges.field.OPTION", "a", "b"),
                        new FieldChange(
                                "reviewChanges.field.SOURCES", "Plan 2019 <https://example.org/2019>", "Plan 2024")),
                AnswerSavedDetails.changes(before, after));
        AnswerContent notApplicable = new AnswerContent(null, true, "No such office.", "", List.of(), "");
        assertEquals(
                List.of(
                        new FieldChange("reviewChanges.field.OPTION", "a", ""),
                        new FieldChange("reviewChanges.field.NOT_APPLICABLE", "", "No such office."),
                        new FieldChange("reviewChanges.field.JUSTIFICATION", "The 2019 plan.", ""),
                        new FieldChange("reviewChanges.field.SOURCES", "Plan 2019 <https://example.org/2019>", "")),
                AnswerSavedDetails.changes(before, notApplicable));
        assertEquals(List.of(), new AnswerSavedDetails().changes("CYCLE_CHANGED", "{}", "{}"));
    }

    @Test
    void anEventLinksToItsQuestionnaireAtTheIndicatorOrToItsCycle() {
        assertEquals(
                "/app/questionnaire.xhtml?cycle=2026&region=ES51#ind-LAB-ACT-01",
                AuditRows.link(line("2026/ES51/LAB-ACT-01", "2026", "ES51")));
        assertEquals(
                "/app/questionnaire.xhtml?cycle=2026&region=ES51", AuditRows.link(line("2026/ES51", "2026", "ES51")));
        assertEquals("/app/coordinator/cycle.xhtml?code=2026", AuditRows.link(line("2026", "2026", null)));
        assertNull(AuditRows.link(line("ES51", null, null)));
    }

    private static AuditLog.Line line(String subject, String cycle, String region) {
        return new AuditLog.Line(
                Instant.EPOCH, "expert1", false, Capacity.EXPERT, "ANSWER_SAVED", subject, cycle, region, null, null);
    }
}
