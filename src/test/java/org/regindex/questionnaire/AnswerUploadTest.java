package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.platform.control.Records;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.AnswerUpload;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.Confidence;

/** What an uploaded answer sheet changes, or why it changes nothing. */
class AnswerUploadTest {

    private static Records.Row row(String indicator, String option, String version) {
        Map<String, String> cells = new HashMap<>(AnswerSheetTest.cells(option, "no", "", "Plan 2024", version));
        cells.put("indicator", indicator);
        return AnswerSheetTest.row(cells);
    }

    private static Map<String, Answer> storedB() {
        Answer answer = new Answer(QuestionnaireTest.newQuestionnaire(), AnswerContentTest.STRATEGY);
        answer.revise(contentOf(row("LAB-ACT-01", "b", "0")), "expert2", Instant.parse("2026-04-01T10:00:00Z"));
        return Map.of("LAB-ACT-01", answer);
    }

    private static org.regindex.questionnaire.entity.AnswerContent contentOf(Records.Row row) {
        return org.regindex.questionnaire.control.AnswerSheet.read(row, new java.util.ArrayList<>())
                .content();
    }

    private static List<String> refusal(List<Records.Row> rows, Map<String, Answer> stored, Refusal.Kind kind) {
        InvalidImport refused =
                assertThrows(InvalidImport.class, () -> AnswerUpload.of(rows, IndicatorFilterTest.CODEBOOK, stored));
        assertEquals(kind, refused.kind());
        return refused.problems().stream().map(ImportProblem::message).toList();
    }

    @Test
    void rowsAsStoredAreLeftAloneAndChangedOnesSaved() {
        AnswerUpload.Plan plan = AnswerUpload.of(
                List.of(row("LAB-ACT-01", "b", "0"), row("EDU-RES-01", "a", "0")),
                IndicatorFilterTest.CODEBOOK,
                storedB());
        assertEquals(1, plan.unchanged());
        assertEquals(
                List.of("EDU-RES-01"),
                plan.changes().stream().map(c -> c.indicator()).toList());
    }

    @Test
    void aRowWithoutAConfidenceKeepsTheStoredOneAndIsNoChange() {
        Map<String, Answer> stored = storedB();
        Answer answer = stored.get("LAB-ACT-01");
        answer.revise(
                answer.content().withConfidence(Confidence.HIGH), "expert2", Instant.parse("2026-04-02T10:00:00Z"));
        Records.Row sameWithoutConfidence = row("LAB-ACT-01", "b", String.valueOf(answer.rowVersion()));
        AnswerUpload.Plan plan = AnswerUpload.of(List.of(sameWithoutConfidence), IndicatorFilterTest.CODEBOOK, stored);
        assertEquals(1, plan.unchanged());
        Records.Row changed = row("LAB-ACT-01", "a", String.valueOf(answer.rowVersion()));
        assertEquals(
                Confidence.HIGH,
                AnswerUpload.of(List.of(changed), IndicatorFilterTest.CODEBOOK, stored)
                        .changes()
                        .get(0)
                        .content()
                        .confidence());
    }

    @Test
    void aRowChangedInTheAppSinceTheDownloadIsAConflictAndNothingIsSaved() {
        List<String> problems = refusal(List.of(row("LAB-ACT-01", "c", "4")), storedB(), Refusal.Kind.CONFLICT);
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0)
                        .startsWith("Conflict: LAB-ACT-01 was changed in the app since your download by expert2"),
                problems.get(0));
    }

    @Test
    void unknownRepeatedAndInvalidRowsAreEachNamed() {
        List<String> problems = refusal(
                List.of(
                        row("NOPE-01", "a", "0"),
                        row("EDU-RES-01", "a", "0"),
                        row("EDU-RES-01", "b", "0"),
                        row("LAB-ACT-01", "z", "0")),
                Map.of(),
                Refusal.Kind.INVALID);
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertEquals("There is no indicator \"NOPE-01\" in this questionnaire.", problems.get(0));
        assertEquals("EDU-RES-01 appears twice (also on row 7).", problems.get(1));
        assertTrue(problems.get(2).contains("\"z\""), problems.get(2));
    }

    @Test
    void aVersionOfAnAnswerNeverSavedIsRefusedNotTakenForAConflict() {
        assertEquals(
                List.of("LAB-ACT-01 was never saved, so there is no version 2 to revise: give version 0."),
                refusal(List.of(row("LAB-ACT-01", "b", "2")), Map.of(), Refusal.Kind.INVALID));
    }
}
