package org.regindex.platform.entity;

/**
 * One thing wrong with an uploaded file, located as a spreadsheet user finds it: sheet (or file
 * name), row number (1 = the header row; 0 = the whole file), column letter and header.
 */
public record ImportProblem(String sheet, int row, String column, String message) {

    public static ImportProblem ofFile(String sheet, String message) {
        return new ImportProblem(sheet, 0, "", message);
    }

    /** "indicators, row 7, column C (question): ..." */
    public String describe() {
        StringBuilder where = new StringBuilder(sheet);
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
    }
}
