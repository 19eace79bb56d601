package org.regindex.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a downloaded workbook the way a person would in Excel: a cell by row key and column header. */
public final class Workbooks {

    private Workbooks() {
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
