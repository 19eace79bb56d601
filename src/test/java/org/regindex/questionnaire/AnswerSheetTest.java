package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.Records;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.questionnaire.control.AnswerSheet;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Source;

/** The offline workbook's rows: what a download writes, and how an uploaded row is read back. */
class AnswerSheetTest {

    static final AnswerContent PARTLY = new AnswerContent(
            "b",
            false,
            "",
            "Targets for two sectors only.",
            List.of(
                    new Source("Regional labour plan 2024", "https://example.org/plan.pdf"),
                    new Source("Interview, 2025", "")),
            "ask the ministry");

    /** A row as {@code Records} hands it over: cells by column, and the column letters of the header. */
    static Records.Row row(Map<String, String> cells) {
        Map<String, String> letters = new HashMap<>();
        List<String> header = AnswerSheet.header();
        for (int c = 0; c < header.size(); c++) {
            letters.put(header.get(c), Grid.columnLetter(c));
        }
        return new Records.Row(AnswerSheet.SHEET, 7, cells, letters);
    }

    static Map<String, String> cells(
            String option, String notApplicable, String reason, String sources, String version) {
        Map<String, String> cells = new HashMap<>(Map.of(
                "indicator",
                "LAB-ACT-01",
                "option",
                option,
                "not_applicable",
                notApplicable,
                "not_applicable_reason",
                reason,
                "justification",
                "Targets.",
                "sources",
                sources,
                "note",
                "",
                "version",
                version));
        return cells;
    }

    @Test
    void theHeaderIsTheAnswerColumnsAndTheReadOnlyOnesExactly() {
        Set<String> expected = new HashSet<>(AnswerSheet.ANSWER_COLUMNS);
        expected.addAll(AnswerSheet.OPTIONAL_COLUMNS);
        expected.addAll(AnswerSheet.READ_ONLY_COLUMNS);
        assertEquals(expected, new HashSet<>(AnswerSheet.header()));
        assertEquals(expected.size(), AnswerSheet.header().size(), "no column twice");
        assertEquals("indicator", AnswerSheet.header().get(0));
    }

    @Test
    void aDownloadedRowShowsTheQuestionItsOptionsAndTheAnswer() {
        assertEquals(
                List.of(
                        "LAB-ACT-01",
                        "Is there a \"strategy\", with objectives?",
                        "a = Yes, with targets (100)\nb = Partly (50)\nc = No (0)",
                        "no",
                        "b",
                        "no",
                        "",
                        "Targets for two sectors only.",
                        "Regional labour plan 2024 | https://example.org/plan.pdf\nInterview, 2025",
                        "",
                        "ask the ministry",
                        3),
                AnswerSheet.row(AnswerContentTest.STRATEGY, PARTLY, 3));
    }

    @Test
    void anEmptyAnswerIsDownloadedAsEmptyCells() {
        List<Object> row = AnswerSheet.row(AnswerContentTest.SCHOOLS, AnswerContent.EMPTY, 0);
        assertEquals(List.of("yes", "", "no", "", "", "", "", "", 0), row.subList(3, 12));
    }

    @Test
    void aDownloadedRowReadsBackAsTheSameAnswerAndVersion() {
        List<String> header = AnswerSheet.header();
        List<Object> written = AnswerSheet.row(AnswerContentTest.STRATEGY, PARTLY, 3);
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            cells.put(header.get(c), String.valueOf(written.get(c)));
        }
        List<ImportProblem> problems = new ArrayList<>();
        AnswerSheet.ReadRow read = AnswerSheet.read(row(cells), problems);
        assertEquals(List.of(), problems);
        assertEquals("LAB-ACT-01", read.indicator());
        assertEquals(PARTLY, read.content());
        assertEquals(3, read.version());
    }

    @Test
    void theConfidenceTravelsAsItsCodeAndAWrongOneIsAProblemOfItsCell() {
        List<String> header = AnswerSheet.header();
        List<Object> written = AnswerSheet.row(AnswerContentTest.STRATEGY, PARTLY.withConfidence(Confidence.LOW), 3);
        assertEquals("low", written.get(header.indexOf("confidence")));
        Map<String, String> sheet = cells("a", "no", "", "", "1");
        sheet.put("confidence", " High");
        assertEquals(
                Confidence.HIGH,
                AnswerSheet.read(row(sheet), new ArrayList<>()).content().confidence());
        sheet.put("confidence", "very");
        List<ImportProblem> problems = new ArrayList<>();
        assertNull(AnswerSheet.read(row(sheet), problems));
        assertEquals(
                List.of(new ImportProblem(
                        "answers", 7, "J (confidence)", "confidence must be low, medium or high, not \"very\".")),
                problems);
    }

    @Test
    void aSheetWithoutTheConfidenceColumnReadsWithoutOne() {
        Map<String, String> older = cells("a", "no", "", "", "1");
        older.remove("confidence");
        assertNull(AnswerSheet.read(row(older), new ArrayList<>()).content().confidence());
    }

    @Test
    void sourcesAreOnePerLineWithTheUrlAfterTheLastBar() {
        AnswerSheet.ReadRow read = AnswerSheet.read(
                row(cells(
                        "a",
                        "no",
                        "",
                        "Plan | https://a.example\r\n\n   Interview  \nLaw 3|2019|http://b.example\n",
                        "1")),
                new ArrayList<>());
        assertEquals(
                List.of(
                        new Source("Plan", "https://a.example"),
                        new Source("Interview", ""),
                        new Source("Law 3|2019", "http://b.example")),
                read.content().sources());
    }

    @Test
    void notApplicableIsYesOrNoInAnyCaseAndEmptyMeansNo() {
        AnswerSheet.ReadRow yes = AnswerSheet.read(row(cells("", "YES", "No schools.", "", "2")), new ArrayList<>());
        assertEquals(new AnswerContent(null, true, "No schools.", "Targets.", List.of(), ""), yes.content());
        assertEquals(
                false,
                AnswerSheet.read(row(cells("a", "", "", "", "2")), new ArrayList<>())
                        .content()
                        .notApplicable());
        assertEquals(
                false,
                AnswerSheet.read(row(cells("a", "No", "", "", "2")), new ArrayList<>())
                        .content()
                        .notApplicable());
    }

    @Test
    void aWrongNotApplicableOrAChangedVersionIsAProblemOfItsCellAndTheRowIsNotRead() {
        List<ImportProblem> problems = new ArrayList<>();
        assertNull(AnswerSheet.read(row(cells("a", "maybe", "", "", "three")), problems));
        assertEquals(
                List.of(
                        new ImportProblem(
                                "answers", 7, "F (not_applicable)", "not_applicable must be yes or no, not \"maybe\"."),
                        new ImportProblem(
                                "answers",
                                7,
                                "L (version)",
                                "The version \"three\" must stay as downloaded: it tells your changes"
                                        + " from changes made meanwhile in the app.")),
                problems);
        assertNull(
                AnswerSheet.read(row(cells("a", "no", "", "", "")), new ArrayList<>()),
                "an emptied version is refused too");
    }

    @Test
    void aRowIsJudgedByItsOwnCellsNotByEarlierRowsProblems() {
        List<ImportProblem> problems =
                new ArrayList<>(List.of(ImportProblem.ofFile("answers", "an earlier row's problem")));
        assertNotNull(AnswerSheet.read(row(cells("a", "no", "", "", "4")), problems));
        assertEquals(1, problems.size());
    }

    @Test
    void theIndicatorsRulesAreNotCheckedWhileReading() {
        AnswerSheet.ReadRow read = AnswerSheet.read(row(cells("z", "yes", "", "", "0")), new ArrayList<>());
        assertEquals(
                "z",
                read.content().optionCode(),
                "an unknown option is the upload's job to refuse, with the indicator at hand");
        assertEquals(true, read.content().notApplicable());
    }
}
