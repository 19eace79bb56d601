package org.regindex.platform.entity;

import java.util.List;

/** A table to write as CSV or as a workbook sheet. Cells are text, or numbers where they are numbers. */
public record Table(String sheet, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
