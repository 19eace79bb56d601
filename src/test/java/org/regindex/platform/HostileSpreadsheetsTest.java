package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.testsupport.HostileFiles;

/** Files made to hurt the import: each is refused with a sentence, quickly, in bounded memory. */
class HostileSpreadsheetsTest {

    private static final byte[] WORKBOOK = HostileFiles.workbook("regions", "code", "name", "country");
    private static final String NOT_READABLE =
            "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file.";

    private static List<ImportProblem> problems(String fileName, byte[] content) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(InvalidImport.class, () -> Spreadsheets.read(fileName, content, "regions"))
                        .problems());
    }

    private static String message(String fileName, byte[] content) {
        List<ImportProblem> problems = problems(fileName, content);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).message();
    }

    @Test
    void aSheetThatUnpacksToAGigabyteIsRefusedAsAZipBomb() {
        byte[] bomb = HostileFiles.sheetBomb(WORKBOOK, 1L << 30);
        assertEquals(
                "The part xl/worksheets/sheet1.xml unpacks to more than 100 times its packed size, which no spreadsheet "
                        + "does: the file is refused as a possible zip bomb.",
                message("bomb.xlsx", bomb));
    }

    @Test
    void sharedStringsThatUnpackTooFarAreRefused() {
        byte[] bomb = HostileFiles.sharedStringsBomb(WORKBOOK, 200L << 20);
        assertEquals(
                "The part xl/sharedStrings.xml unpacks to more than 100 times its packed size, which no spreadsheet "
                        + "does: the file is refused as a possible zip bomb.",
                message("strings.xlsx", bomb));
    }

    @Test
    void aWorkbookThatUnpacksBeyondTheLimitIsRefusedEvenAtAnOrdinaryRatio() {
        StringBuilder csvLike = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (csvLike.length() < 20 << 20) {
            csvLike.append(Long.toString(random.nextLong(), 36)).append(' ');
        }
        byte[] large = HostileFiles.withPart(
                WORKBOOK, "xl/media/notes.txt", csvLike.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                "The file unpacks to more than 16 MB, more than any workbook this server reads: it is refused unread. "
                        + "Split it, or save it as CSV.",
                message("large.xlsx", large));
    }

    @Test
    void entityExpansionInsideASheetIsNotExpanded() {
        assertEquals(NOT_READABLE, message("laughs.xlsx", HostileFiles.entityExpansion(WORKBOOK)));
    }

    @Test
    void cellsFarToTheRightCannotFillTheMemoryWithBlanks() {
        assertEquals(
                "The data has more than 2000000 cells (rows times columns), more than this server reads. "
                        + "Delete what is not part of the import.",
                message("wide.xlsx", HostileFiles.farRightCells(WORKBOOK, 5000)));
    }

    @Test
    void aZipWithThousandsOfPartsIsNoWorkbook() {
        assertEquals(
                "The file has more than 1000 parts, which no spreadsheet has: it is not a valid Excel workbook (.xlsx).",
                message("parts.xlsx", HostileFiles.manyParts(WORKBOOK, 2000)));
    }

    @Test
    void brokenQuotingIsLocatedByRowAndColumn() {
        String csv = "code,name,country\n"
                + "ES51,Catalonia,ES\n"
                + "ES52,\"Comunitat\" Valenciana,ES\n"
                + "ES53,Illes \"Balears\",ES\n"
                + "ES61,\"Andalucía,ES\n"
                + "ES62,Murcia,ES\n";
        assertEquals(
                List.of(
                        new ImportProblem(
                                "r.csv",
                                3,
                                "B",
                                "There is text after the closing quote of this value. "
                                        + "Put the whole value in quotes and double every quote inside it (\"\")."),
                        new ImportProblem(
                                "r.csv",
                                4,
                                "B",
                                "A quote stands inside a value that does not start with one. "
                                        + "Put the whole value in quotes and double every quote inside it (\"\")."),
                        new ImportProblem(
                                "r.csv",
                                5,
                                "B",
                                "The quoted value that starts here is never closed: every row after it would become part of it.")),
                problems("r.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quotedValuesWithDelimitersQuotesAndLineBreaksAreRead() {
        String csv = "code,name,country\r\nES51,\"Catalonia, \"\"Catalunya\"\"\nline two\",ES\r\n";
        assertEquals(
                List.of(
                        List.of("code", "name", "country"),
                        List.of("ES51", "Catalonia, \"Catalunya\"\nline two", "ES")),
                Spreadsheets.read("r.csv", csv.getBytes(StandardCharsets.UTF_8), "regions")
                        .rows());
    }

    @Test
    void utf8MixedWithLatin1IsRefusedAtTheFirstLatin1Line() {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes("code,name,country\nDE11,Stuttgart — Württemberg,DE\n".getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes("DE12,Karlsruhe — Baden-Württemberg,DE\n".getBytes(StandardCharsets.ISO_8859_1));
        ImportProblem problem = problems("mixed.csv", mixed.toByteArray()).get(0);
        assertEquals(3, problem.row());
        assertEquals(
                "The text is not UTF-8. Save the file as \"CSV UTF-8\" (Excel) or choose UTF-8 as the encoding, then upload it again.",
                problem.message());
    }

    @Test
    void utf16TextIsNamedAsSuch() {
        String text = "code,name,country\nES51,Catalonia,ES\n";
        String expected =
                "The text is UTF-16 (\"Unicode text\"), not UTF-8. Save the file as \"CSV UTF-8\" (Excel) or choose UTF-8 "
                        + "as the encoding, then upload it again.";
        assertEquals(expected, message("bom.csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(expected, message("be.csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(expected, message("nobom.csv", text.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aLineOfAMillionEmptyValuesIsRefused() {
        byte[] commas = ",".repeat(3_000_000).getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                "The data has more than 2000000 cells (rows times columns), more than this server reads. "
                        + "Delete what is not part of the import.",
                message("commas.csv", commas));
    }
}
