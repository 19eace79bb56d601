package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.DocumentInfo;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;
import org.regindex.questionnaire.control.AnswerSheet;
import org.regindex.questionnaire.entity.AnswerContent;

/**
 * The questionnaire workbook an expert downloads: the option codes as a drop-down, the question columns
 * protected, and what it writes read back by the upload as the same answers.
 */
class AnswerWorkbookTest {

    static byte[] workbook() {
        List<List<Object>> rows = List.of(
                AnswerSheet.row(AnswerContentTest.STRATEGY, AnswerSheetTest.PARTLY, 3),
                AnswerSheet.row(AnswerContentTest.SCHOOLS, AnswerContent.EMPTY, 0));
        return Spreadsheets.writeWorkbook(
                new DocumentInfo("Questionnaire", "", "", "", Instant.parse("2026-05-01T08:00:00Z")),
                List.of(
                        AnswerSheet.form(List.of(AnswerContentTest.STRATEGY, AnswerContentTest.SCHOOLS), rows),
                        SheetSpec.plain(new Table("about", List.of("item", "value"), List.of()))));
    }

    @Test
    void theOptionAndNotApplicableColumnsOfferEachRowItsChoices() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
            XSSFSheet sheet = book.getSheet(AnswerSheet.SHEET);
            List<String> header = AnswerSheet.header();
            Map<String, List<String>> choices = new HashMap<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                var range = validation.getRegions().getCellRangeAddress(0);
                assertEquals(range.getFirstRow(), range.getLastRow());
                choices.put(
                        header.get(range.getFirstColumn()) + " " + range.getFirstRow(),
                        List.of(validation.getValidationConstraint().getExplicitListValues()));
                assertTrue(validation.getShowErrorBox());
            }
            assertEquals(
                    Map.of(
                            "option 1", List.of("a", "b", "c"),
                            "option 2", List.of("a", "b"),
                            "not_applicable 1", List.of("no"),
                            "not_applicable 2", List.of("yes", "no"),
                            "confidence 1", List.of("low", "medium", "high"),
                            "confidence 2", List.of("low", "medium", "high")),
                    choices);
        }
    }

    @Test
    void theSheetIsProtectedExceptTheAnswerColumnsEvenWhereTheyAreEmpty() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
            XSSFSheet sheet = book.getSheet(AnswerSheet.SHEET);
            assertTrue(sheet.getProtect());
            assertFalse(sheet.isAutoFilterLocked(), "filtering still works");
            List<String> header = AnswerSheet.header();
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    boolean editable = AnswerSheet.EDITABLE_COLUMNS.contains(header.get(c));
                    if (editable) {
                        assertFalse(cell.getCellStyle().getLocked(), header.get(c) + " row " + r);
                    } else {
                        assertTrue(cell == null || cell.getCellStyle().getLocked(), header.get(c) + " row " + r);
                    }
                }
            }
            assertTrue(sheet.getRow(1)
                    .getCell(header.indexOf("question"))
                    .getCellStyle()
                    .getLocked());
            assertTrue(sheet.getRow(1)
                    .getCell(header.indexOf("version"))
                    .getCellStyle()
                    .getLocked());
            assertFalse(book.getSheet("about").getProtect(), "only the form is protected");
        }
    }

    @Test
    void theUploadReadsWhatTheDownloadWrote() {
        List<Records.Row> rows = Records.read(
                Spreadsheets.read("questionnaire.xlsx", workbook(), AnswerSheet.SHEET),
                AnswerSheet.ANSWER_COLUMNS,
                AnswerSheet.OPTIONAL_COLUMNS,
                AnswerSheet.READ_ONLY_COLUMNS);
        List<ImportProblem> problems = new ArrayList<>();
        AnswerSheet.ReadRow strategy = AnswerSheet.read(rows.get(0), problems);
        AnswerSheet.ReadRow schools = AnswerSheet.read(rows.get(1), problems);
        assertEquals(List.of(), problems);
        assertEquals("LAB-ACT-01", strategy.indicator());
        assertEquals(AnswerSheetTest.PARTLY, strategy.content());
        assertEquals(3, strategy.version());
        assertEquals(AnswerContent.EMPTY, schools.content());
        assertEquals(0, schools.version());
    }
}
