package org.regindex.platform.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

/** Rows of a simple table whose header names exactly the expected columns, in any order. */
public final class Records {

    /** A data row: its number in the sheet (the header is row 1) and its cells by column name. */
    public record Row(String sheet, int number, Map<String, String> cells, Map<String, String> letters) {

        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        public ImportProblem problem(String column, String message) {
            return new ImportProblem(sheet, number, letters.get(column) + " (" + column + ")", message);
        }
    }

    private Records() {}

    public static List<Row> read(Grid grid, List<String> columns) {
        return read(grid, columns, List.of());
    }

    /** As {@link #read(Grid, List)}, where the {@code informational} columns may be present and are ignored. */
    public static List<Row> read(Grid grid, List<String> columns, List<String> informational) {
        return read(grid, columns, List.of(), informational);
    }

    /**
     * As {@link #read(Grid, List, List)}, where the {@code optional} columns are read when present and are
     * empty when not (a column added to a layout after files were downloaded in the older one).
     */
    public static List<Row> read(Grid grid, List<String> columns, List<String> optional, List<String> informational) {
        if (grid.rows().isEmpty() || grid.isBlankRow(0)) {
            throw new InvalidImport(ImportProblem.ofFile(
                    grid.sheet(), "The first row must be the header row: " + String.join(", ", columns) + "."));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<String> header = grid.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (informational.contains(name)) {
                continue;
            }
            if (!columns.contains(name) && !optional.contains(name)) {
                problems.add(new ImportProblem(
                        grid.sheet(),
                        1,
                        Grid.columnLetter(c),
                        "Unknown column \"" + header.get(c) + "\". The columns are: " + String.join(", ", columns)
                                + "."));
            } else if (index.putIfAbsent(name, c) != null) {
                problems.add(new ImportProblem(
                        grid.sheet(), 1, Grid.columnLetter(c), "The column \"" + name + "\" appears twice."));
            }
        }
        columns.stream()
                .filter(column -> !index.containsKey(column))
                .forEach(column -> problems.add(
                        new ImportProblem(grid.sheet(), 1, "", "The column \"" + column + "\" is missing.")));
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        Map<String, String> letters = new HashMap<>();
        index.forEach((column, c) -> letters.put(column, Grid.columnLetter(c)));
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < grid.rows().size(); r++) {
            if (!grid.isBlankRow(r)) {
                Map<String, String> cells = new HashMap<>();
                for (String column : index.keySet()) {
                    cells.put(column, grid.cell(r, index.get(column)));
                }
                rows.add(new Row(grid.sheet(), r + 1, cells, letters));
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidImport(ImportProblem.ofFile(grid.sheet(), "The file has a header row but no data rows."));
        }
        return rows;
    }
}
