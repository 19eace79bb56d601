package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;

/**
 * The release workbook as Excel shows it: scores and option scores are numbers, nothing stands in an
 * empty cell, versions are text, every header row has an autofilter, and the document says its title,
 * author and licence.
 */
class ReleaseWorkbookTest {

    static final XSSFWorkbook WORKBOOK = open();

    static XSSFWorkbook open() {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(
                    ReleaseExports.export(HostileRelease.content(), HostileRelease.FACTS, "", Format.XLSX)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() throws IOException {
        WORKBOOK.close();
    }

    @Test
    void theSheetsAreTheDataPackagesTablesScoresFirstThenWhatTheColumnsMeanAndTheRelease() {
        List<String> names = new ArrayList<>();
        WORKBOOK.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(
                List.of(
                        "scores",
                        "answers",
                        "sources",
                        "replies",
                        "evidence",
                        "regions",
                        "indicators",
                        "options",
                        "categories",
                        "columns",
                        "about"),
                names);
    }

    @Test
    void scoresAreNumbersWithTwoDecimalsAnEmptyScoreIsNoCellAndTheVersionIsText() {
        XSSFSheet scores = WORKBOOK.getSheet("scores");
        List<String> header = header(scores);
        Row catalonia = row(scores, "ES51");
        Cell overall = catalonia.getCell(header.indexOf("overall"));
        assertEquals(CellType.NUMERIC, overall.getCellType());
        assertEquals(50.0, overall.getNumericCellValue());
        assertEquals("0.00", overall.getCellStyle().getDataFormatString());
        assertEquals(CellType.NUMERIC, catalonia.getCell(header.indexOf("rank")).getCellType());
        assertEquals(
                CellType.NUMERIC, catalonia.getCell(header.indexOf("answered")).getCellType());
        assertEquals(null, catalonia.getCell(header.indexOf("s_policy_area_edu")), "no score, no cell");
        Cell version = catalonia.getCell(header.indexOf("release"));
        assertEquals(CellType.STRING, version.getCellType());
        assertEquals("1.10", version.getStringCellValue());
        Row vienna = row(scores, "AT13");
        assertEquals(null, vienna.getCell(header.indexOf("rank")));
        assertEquals(null, vienna.getCell(header.indexOf("overall")));
    }

    @Test
    void optionScoresAreNumbersNotApplicableIsTrueOrFalseAndAnEmptyOptionIsNoCell() {
        XSSFSheet answers = WORKBOOK.getSheet("answers");
        List<String> header = header(answers);
        int notApplicable = header.indexOf("not_applicable");
        int checked = 0;
        for (int r = 1; r <= answers.getLastRowNum(); r++) {
            Row row = answers.getRow(r);
            assertEquals(CellType.BOOLEAN, row.getCell(notApplicable).getCellType());
            Cell score = row.getCell(header.indexOf("option_score"));
            if (row.getCell(notApplicable).getBooleanCellValue()) {
                assertEquals(null, score);
                assertEquals(null, row.getCell(header.indexOf("option")));
            } else {
                assertEquals(CellType.NUMERIC, score.getCellType());
                checked++;
            }
        }
        assertEquals(3, checked);
        Cell optionScore = WORKBOOK.getSheet("options").getRow(1).getCell(3);
        assertEquals(CellType.NUMERIC, optionScore.getCellType());
    }

    @Test
    void everySheetHasAnAutofilterOverItsHeaderAndRows() {
        for (int s = 0; s < WORKBOOK.getNumberOfSheets(); s++) {
            XSSFSheet sheet = WORKBOOK.getSheetAt(s);
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName());
            String ref = sheet.getCTWorksheet().getAutoFilter().getRef();
            assertTrue(ref.startsWith("A1:"), sheet.getSheetName() + " " + ref);
            assertTrue(ref.endsWith(String.valueOf(sheet.getLastRowNum() + 1)), sheet.getSheetName() + " " + ref);
        }
    }

    @Test
    void theDocumentSaysItsTitleAuthorAndLicence() {
        POIXMLProperties properties = WORKBOOK.getProperties();
        assertEquals("Round 2026 (version 1.10)", properties.getCoreProperties().getTitle());
        assertEquals("Regindex Consortium", properties.getCoreProperties().getCreator());
        assertTrue(properties.getCoreProperties().getDescription().contains("CC-BY-4.0"));
        assertNotNull(properties.getCustomProperties().getProperty("licence"));
        assertEquals(
                "CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/",
                properties.getCustomProperties().getProperty("licence").getLpwstr());
    }

    @Test
    void theColumnsSheetSaysWhatEveryColumnOfEverySheetHolds() {
        XSSFSheet columns = WORKBOOK.getSheet("columns");
        List<String> described = new ArrayList<>();
        for (int r = 1; r <= columns.getLastRowNum(); r++) {
            Row row = columns.getRow(r);
            described.add(
                    row.getCell(0).getStringCellValue() + "." + row.getCell(1).getStringCellValue());
            assertFalse(row.getCell(4).getStringCellValue().isBlank());
        }
        for (String sheet : List.of("scores", "answers", "sources", "regions", "indicators", "options", "categories")) {
            for (String column : header(WORKBOOK.getSheet(sheet))) {
                assertTrue(described.contains(sheet + "." + column), sheet + "." + column);
            }
        }
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    private static Row row(XSSFSheet sheet, String region) {
        int column = header(sheet).indexOf("region");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(column).getStringCellValue().equals(region)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + region);
    }
}
