package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Table;

class SpreadsheetsTest {

    private static ImportProblem refusal(String fileName, byte[] content) {
        List<ImportProblem> problems = assertThrows(
                        InvalidImport.class, () -> Spreadsheets.read(fileName, content, "data"))
                .problems();
        assertEquals(1, problems.size());
        return problems.get(0);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(ImportProblem.ofFile("x.csv", "The file is empty."), refusal("x.csv", new byte[0]));
        assertEquals(
                ImportProblem.ofFile("x.csv", "The file is empty."),
                refusal("x.csv", "\n \n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textInAnotherEncodingIsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "code,name\nES51,Catalonia\nDE1,Baden-Württemberg\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportProblem problem = refusal("regions.csv", latin1);
        assertEquals(3, problem.row());
        assertEquals(
                "The text is not UTF-8. Save the file as \"CSV UTF-8\" (Excel) or choose UTF-8 as the encoding, then upload it again.",
                problem.message());
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] withBom = "\uFEFFcode,name\nES51,Catalonia\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                List.of(List.of("code", "name"), List.of("ES51", "Catalonia")),
                Spreadsheets.read("r.csv", withBom, "data").rows());
    }

    @Test
    void binaryFilesThatAreNoSpreadsheetAreRefused() {
        assertEquals(
                "The file is neither a CSV file nor an Excel workbook (.xlsx).",
                refusal("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})
                        .message());
        assertEquals(
                "This is an old Excel 97-2003 file (.xls). Save it as an Excel workbook (.xlsx) or as CSV and upload it again.",
                refusal("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})
                        .message());
        assertEquals(
                "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file.",
                refusal("fake.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}).message());
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedWhereItOpens() {
        ImportProblem problem =
                refusal("r.csv", "code,name\nES51,\"Catalonia\nES52,x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                new ImportProblem(
                        "r.csv",
                        2,
                        "B",
                        "The quoted value that starts here is never closed: every row after it would become part of it."),
                problem);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
        InvalidImport refused = assertThrows(
                InvalidImport.class,
                () -> Spreadsheets.readLimited(
                        new ByteArrayInputStream(new byte[3 * 1024 * 1024]), 2 * 1024 * 1024, "big.csv"));
        assertEquals(
                "The file is larger than 2 MB, the most this server accepts.",
                refused.problems().get(0).message());
        assertEquals(10, Spreadsheets.readLimited(new ByteArrayInputStream(new byte[10]), 10, "small.csv").length);
    }

    @Test
    void aWorkbookSheetIsFoundByNameAndNumbersReadAsWritten() {
        Table table = new Table("data", List.of("code", "score"), List.of(List.of("a", 100), List.of("b", 0)));
        byte[] xlsx = Spreadsheets.writeWorkbook(List.of(new Table("about", List.of("x"), List.of()), table));
        Grid grid = Spreadsheets.read("book.xlsx", xlsx, "data");
        assertEquals("data", grid.sheet());
        assertEquals(List.of(List.of("code", "score"), List.of("a", "100"), List.of("b", "0")), grid.rows());
        assertEquals(
                "The workbook has no sheet named \"other\".",
                assertThrows(InvalidImport.class, () -> Spreadsheets.read("book.xlsx", xlsx, "other"))
                        .problems()
                        .get(0)
                        .message());
    }

    @Test
    void columnLettersFollowSpreadsheets() {
        assertEquals(
                List.of("A", "Z", "AA", "AZ", "BA"),
                List.of(
                        Grid.columnLetter(0),
                        Grid.columnLetter(25),
                        Grid.columnLetter(26),
                        Grid.columnLetter(51),
                        Grid.columnLetter(52)));
    }
}
