package org.regindex.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a downloaded workbook the way a person would in Excel: a cell by row key and column header. */
public final class Workbooks {

    private Workbooks() {}

    /** The same values in these columns of every row whose key is one of {@code rowKeys}, e.g. a whole questionnaire answered. */
    public static byte[] withCells(
            byte[] workbook, String sheetName, Collection<String> rowKeys, Map<String, String> values) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(sheetName);
            Row header = sheet.getRow(0);
            Map<Integer, String> valueAt = new HashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String column = header.getCell(c).getStringCellValue();
                if (values.containsKey(column)) {
                    valueAt.put(c, values.get(column));
                }
            }
            if (valueAt.size() != values.size()) {
                throw new IllegalArgumentException("Not every column of " + values.keySet() + " is on " + sheetName);
            }
            Set<String> wanted = new HashSet<>(rowKeys);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (wanted.remove(row.getCell(0).getStringCellValue())) {
                    valueAt.forEach((c, value) -> row.createCell(c).setCellValue(value));
                }
            }
            if (!wanted.isEmpty()) {
                throw new IllegalArgumentException("No rows " + wanted);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] withCell(byte[] workbook, String sheetName, String rowKey, String column, String value) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(sheetName);
            Row header = sheet.getRow(0);
            int columnIndex = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals(column)) {
                    columnIndex = c;
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(0).getStringCellValue().equals(rowKey)) {
                    row.createCell(columnIndex).setCellValue(value);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    book.write(bytes);
                    return bytes.toByteArray();
                }
            }
            throw new IllegalArgumentException("No row " + rowKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
