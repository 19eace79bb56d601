package org.regindex.platform.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table as a workbook sheet. A plain sheet can be edited everywhere; a form is protected (without a
 * password, against slips, not against intent) except in its {@code editable} columns, and a column of
 * {@code choices} offers row by row the values that row may take as a drop-down.
 */
public record SheetSpec(Table table, boolean form, Set<String> editable, Map<String, List<List<String>>> choices) {

    public SheetSpec {
        editable = Set.copyOf(editable);
        choices = Map.copyOf(choices);
    }

    public static SheetSpec plain(Table table) {
        return new SheetSpec(table, false, Set.of(), Map.of());
    }

    public static SheetSpec form(Table table, Set<String> editable, Map<String, List<List<String>>> choices) {
        return new SheetSpec(table, true, editable, choices);
    }
}
