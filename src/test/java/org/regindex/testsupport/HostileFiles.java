package org.regindex.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files made to hurt an import: zip bombs disguised as workbooks, and endless uploads. Each is built
 * from a real workbook, so only the planted part is wrong, and none is ever held whole in memory.
 */
public final class HostileFiles {

    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private HostileFiles() {}

    /** A workbook with one sheet of this name and a header row, as Excel or POI writes it. */
    public static byte[] workbook(String sheetName, String... header) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(sheetName);
            Row row = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                row.createCell(c).setCellValue(header[c]);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook with its sheet's XML replaced by {@code unpackedBytes} of the same row over and over:
     * a few hundred kilobytes that unpack to gigabytes.
     */
    public static byte[] sheetBomb(byte[] workbook, long unpackedBytes) {
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "A".repeat(200) + "</t></is></c></row>";
        return replacing(workbook, SHEET_PART, repeated(SHEET_START, row, SHEET_END, unpackedBytes));
    }

    /** A shared-strings part that unpacks to {@code unpackedBytes} of the same string. */
    public static byte[] sharedStringsBomb(byte[] workbook, long unpackedBytes) {
        String start = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        return replacing(
                workbook, "xl/sharedStrings.xml", repeated(start, "<si><t>bomb</t></si>", "</sst>", unpackedBytes));
    }

    /** A sheet whose XML declares entities that expand to a billion copies of a word ("billion laughs"). */
    public static byte[] entityExpansion(byte[] workbook) {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        String sheet =
                doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row>" + SHEET_END;
        return replacing(workbook, SHEET_PART, () -> new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)));
    }

    /** Rows whose only cell is in the last column Excel has (XFD): small on disk, 16,384 cells wide each. */
    public static byte[] farRightCells(byte[] workbook, int rows) {
        StringBuilder sheet = new StringBuilder(SHEET_START);
        for (int r = 1; r <= rows; r++) {
            sheet.append("<row r=\"")
                    .append(r)
                    .append("\"><c r=\"XFD")
                    .append(r)
                    .append("\"><v>1</v></c></row>");
        }
        String xml = sheet.append(SHEET_END).toString();
        return replacing(workbook, SHEET_PART, () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The workbook with one more part of this content. */
    public static byte[] withPart(byte[] workbook, String part, byte[] content) {
        return replacing(workbook, part, () -> new ByteArrayInputStream(content));
    }

    /** A zip with this many tiny parts besides the workbook's own. */
    public static byte[] manyParts(byte[] workbook, int parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            copyEntries(workbook, zip, null);
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code size} bytes of CSV-looking text, made as they are read. */
    public static InputStream endless(long size) {
        return new InputStream() {
            private final byte[] line = "XX00,Nowhere,XX\n".getBytes(StandardCharsets.US_ASCII);
            private long sent;

            @Override
            public int read() {
                return sent < size ? line[(int) (sent++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - sent);
                for (int i = 0; i < n; i++) {
                    target[offset + i] = line[(int) (sent++ % line.length)];
                }
                return n;
            }
        };
    }

    private interface Content {
        InputStream open() throws IOException;
    }

    private static Content repeated(String start, String unit, String end, long unpackedBytes) {
        return () -> {
            byte[] head = start.getBytes(StandardCharsets.UTF_8);
            byte[] block = unit.repeat(Math.max(1, 65536 / unit.length())).getBytes(StandardCharsets.UTF_8);
            long blocks = Math.max(1, unpackedBytes / block.length);
            byte[] tail = end.getBytes(StandardCharsets.UTF_8);
            return new InputStream() {
                private long index = -1;
                private byte[] current = head;
                private int position;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] target, int offset, int length) {
                    while (position == current.length) {
                        index++;
                        if (index > blocks) {
                            return -1;
                        }
                        current = index == blocks ? tail : block;
                        position = 0;
                    }
                    int n = Math.min(length, current.length - position);
                    System.arraycopy(current, position, target, offset, n);
                    position += n;
                    return n;
                }
            };
        };
    }

    private static byte[] replacing(byte[] workbook, String part, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            copyEntries(workbook, zip, part);
            write(zip, part, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void copyEntries(byte[] workbook, ZipOutputStream zip, String except) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(except)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private static void write(ZipOutputStream zip, String part, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(part));
        try (InputStream in = content.open()) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }
}
