package org.regindex.platform.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regindex.platform.entity.DocumentInfo;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;

/**
 * Reads uploaded CSV files and Excel workbooks into text grids, and writes tables as either.
 * Every way a file can be unreadable ends in an {@link InvalidImport} that says so plainly.
 */
public final class Spreadsheets {

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern CSV_LINE = Pattern.compile("\\(line (\\d+)\\)");
    private static final int MAX_ROWS = 100_000;
    /** Rows times their width: a cell far to the right in many rows would otherwise fill the memory with blanks. */
    private static final int MAX_CELLS = 2_000_000;

    private Spreadsheets() {}

    /** Reads at most {@code maxBytes}; a longer upload is refused without being read to its end. */
    public static byte[] readLimited(InputStream in, long maxBytes, String fileName) {
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new InvalidImport(ImportProblem.ofFile(
                        fileName,
                        "The file is larger than " + megabytes(maxBytes) + ", the most this server accepts."));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Reads a CSV file or the sheet {@code sheetName} of an Excel workbook; which of the two it is comes
     * from the content, not the file name.
     */
    public static Grid read(String fileName, byte[] content, String sheetName) {
        if (content.length == 0) {
            throw new InvalidImport(ImportProblem.ofFile(fileName, "The file is empty."));
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return readWorkbook(fileName, content, sheetName);
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw new InvalidImport(
                    ImportProblem.ofFile(
                            fileName,
                            "This is an old Excel 97-2003 file (.xls). Save it as an Excel workbook (.xlsx) or as CSV and upload it again."));
        }
        if (looksLikeUtf16(content)) {
            throw new InvalidImport(
                    ImportProblem.ofFile(
                            fileName,
                            "The text is UTF-16 (\"Unicode text\"), not UTF-8. Save the file as \"CSV UTF-8\" (Excel) or choose UTF-8 as the encoding, then upload it again."));
        }
        if (looksBinary(content)) {
            throw new InvalidImport(
                    ImportProblem.ofFile(fileName, "The file is neither a CSV file nor an Excel workbook (.xlsx)."));
        }
        return readCsv(fileName, content);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A UTF-16 byte-order mark, or ASCII text with a zero byte beside every character. */
    private static boolean looksLikeUtf16(byte[] content) {
        if (startsWith(content, new byte[] {(byte) 0xFE, (byte) 0xFF})
                || startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return true;
        }
        int sample = Math.min(content.length, 512) & ~1;
        if (sample < 4) {
            return false;
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                if (i % 2 == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        int half = sample / 2;
        return Math.max(zerosEven, zerosOdd) * 10 >= half * 9 && Math.min(zerosEven, zerosOdd) == 0;
    }

    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static Grid readCsv(String fileName, byte[] content) {
        String text = decodeUtf8(fileName, content);
        if (text.isBlank()) {
            throw new InvalidImport(ImportProblem.ofFile(fileName, "The file is empty."));
        }
        char delimiter = delimiterOf(text);
        List<ImportProblem> quoting = CsvQuoting.problems(fileName, text, delimiter);
        if (!quoting.isEmpty()) {
            throw new InvalidImport(quoting);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<List<String>> rows = new ArrayList<>();
        long cells = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidImport(
                            ImportProblem.ofFile(fileName, "The file has more than " + MAX_ROWS + " rows."));
                }
                cells += record.size();
                if (cells > MAX_CELLS) {
                    throw tooManyCells(fileName);
                }
                List<String> row = new ArrayList<>(record.size());
                record.forEach(value -> row.add(value.strip()));
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Matcher line = CSV_LINE.matcher(String.valueOf(e.getMessage()));
            int row = line.find() ? Integer.parseInt(line.group(1)) : 0;
            throw new InvalidImport(
                    new ImportProblem(fileName, row, "", "The CSV cannot be read here: its quotes do not pair up."));
        }
        return new Grid(fileName, rows);
    }

    /** Strict UTF-8: a file saved in another encoding is refused with the line of the first bad byte. */
    private static String decodeUtf8(String fileName, byte[] content) {
        int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(content.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = offset; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidImport(
                    new ImportProblem(
                            fileName,
                            line,
                            "",
                            "The text is not UTF-8. Save the file as \"CSV UTF-8\" (Excel) or choose UTF-8 as the encoding, then upload it again."));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Spreadsheets in many European locales save CSV with semicolons. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count()
                        > header.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
    }

    private static InvalidImport tooManyCells(String sheet) {
        return new InvalidImport(
                ImportProblem.ofFile(
                        sheet,
                        "The data has more than " + MAX_CELLS
                                + " cells (rows times columns), more than this server reads. Delete what is not part of the import."));
    }

    private static Grid readWorkbook(String fileName, byte[] content, String sheetName) {
        WorkbookBounds.check(fileName, content);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null && workbook.getNumberOfSheets() == 1) {
                sheet = workbook.getSheetAt(0);
            }
            if (sheet == null) {
                throw new InvalidImport(
                        ImportProblem.ofFile(fileName, "The workbook has no sheet named \"" + sheetName + "\"."));
            }
            return new Grid(
                    sheet.getSheetName(),
                    cells(sheet, workbook.getCreationHelper().createFormulaEvaluator()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImport invalid) {
                throw invalid;
            }
            throw new InvalidImport(ImportProblem.ofFile(
                    fileName,
                    "The file is not a readable Excel workbook (.xlsx): it may be damaged, or another kind of file."));
        }
    }

    private static List<List<String>> cells(Sheet sheet, FormulaEvaluator evaluator) {
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            throw new InvalidImport(
                    ImportProblem.ofFile(sheet.getSheetName(), "The sheet has more than " + MAX_ROWS + " rows."));
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        long cells = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            if (row != null) {
                int width = width(row);
                cells += width;
                if (cells > MAX_CELLS) {
                    throw tooManyCells(sheet.getSheetName());
                }
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    values.add(
                            cell == null
                                    ? ""
                                    : formatter.formatCellValue(cell, evaluator).strip());
                }
            }
            rows.add(values);
        }
        return rows;
    }

    /** Up to the last cell that holds something: cells that are only formatted do not count. */
    private static int width(Row row) {
        int width = 0;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK) {
                width = Math.max(width, cell.getColumnIndex() + 1);
            }
        }
        return width;
    }

    /**
     * UTF-8 with a byte-order mark, so that Excel opens accented names correctly: for files that people
     * open in a spreadsheet and may upload again.
     */
    public static byte[] writeCsv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        bytes.writeBytes(writeDataCsv(table));
        return bytes.toByteArray();
    }

    /**
     * Plain UTF-8 without a byte-order mark, which statistics software would read into the first column's
     * name; RFC 4180 quoting, numbers in plain notation, true/false, nothing for an empty value.
     */
    public static byte[] writeDataCsv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(Spreadsheets::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    public static byte[] writeWorkbook(List<Table> tables) {
        return writeWorkbook(
                DocumentInfo.NONE, tables.stream().map(SheetSpec::plain).toList());
    }

    /** An Excel workbook as {@link WorkbookWriter} describes it. */
    public static byte[] writeWorkbook(DocumentInfo info, List<SheetSpec> sheets) {
        return WorkbookWriter.write(info, sheets);
    }
}
