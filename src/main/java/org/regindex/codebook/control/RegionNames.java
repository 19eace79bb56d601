package org.regindex.codebook.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.regindex.codebook.entity.InvalidRegion;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.Languages;

/**
 * The optional columns {@code name@de}, {@code name@es}, ... of a region file: a region's name in another language of
 * the pages, where it differs from its name (an empty cell: no other name).
 */
public final class RegionNames {

    /** Every column this reads; a file may have any of them. */
    public static final List<String> COLUMNS = Languages.TAGS.stream()
            .filter(language -> !language.equals("en"))
            .map(language -> "name@" + language)
            .toList();

    private RegionNames() {}

    /** The names on each data row, by the row's number in the sheet (the header is row 1); problems are added. */
    public static Map<Integer, Map<String, String>> read(Grid grid, List<ImportProblem> problems) {
        Map<Integer, String> languageAt = new LinkedHashMap<>();
        List<String> header = grid.rows().isEmpty() ? List.of() : grid.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name)) {
                languageAt.put(c, name.substring(name.indexOf('@') + 1));
            }
        }
        Map<Integer, Map<String, String>> byRow = new TreeMap<>();
        for (int r = 1; r < grid.rows().size(); r++) {
            Map<String, String> names = new TreeMap<>();
            for (Map.Entry<Integer, String> column : languageAt.entrySet()) {
                String name = grid.cell(r, column.getKey());
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    names.put(column.getValue(), Region.checkedName(name));
                } catch (InvalidRegion broken) {
                    problems.add(new ImportProblem(
                            grid.sheet(),
                            r + 1,
                            Grid.columnLetter(column.getKey()) + " (" + header.get(column.getKey()) + ")",
                            broken.getMessage()));
                }
            }
            byRow.put(r + 1, names);
        }
        return byRow;
    }
}
