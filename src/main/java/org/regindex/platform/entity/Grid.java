package org.regindex.platform.entity;

import java.util.List;

/**
 * The cells of one sheet (or CSV file) as text, trimmed, in reading order. Row {@code i} of
 * {@link #rows()} is row {@code i + 1} of the sheet.
 */
public record Grid(String sheet, List<List<String>> rows) {

    public Grid {
        rows = List.copyOf(rows);
    }

    public String cell(int rowIndex, int columnIndex) {
        List<String> row = rows.get(rowIndex);
        return columnIndex < row.size() ? row.get(columnIndex) : "";
    }

    public boolean isBlankRow(int rowIndex) {
        return rows.get(rowIndex).stream().allMatch(String::isEmpty);
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int columnIndex) {
        StringBuilder letters = new StringBuilder();
        for (int n = columnIndex + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
