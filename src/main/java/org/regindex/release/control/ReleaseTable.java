package org.regindex.release.control;

import java.util.List;
import org.regindex.platform.entity.Table;

/**
 * One table of a release's downloads with what its data package resource says of it: its columns, the
 * columns that identify a row, and the columns that name a row of another table.
 */
public record ReleaseTable(
        String name,
        String title,
        String description,
        List<Column> columns,
        List<List<Object>> rows,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys) {

    public ReleaseTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** {@code fields} of this table name a row of {@code resource} by its {@code referenced} fields. */
    public record ForeignKey(List<String> fields, String resource, List<String> referenced) {}

    public String file() {
        return name + ".csv";
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public Table table() {
        return new Table(name, header(), rows);
    }
}
