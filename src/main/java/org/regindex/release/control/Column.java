package org.regindex.release.control;

import java.util.List;

/**
 * A column of a release's table as its Table Schema field says it: name, type ({@code string},
 * {@code integer}, {@code number}, {@code boolean} written true/false, {@code date} written 2026-05-04, or {@code array} written as JSON),
 * what it means, and the constraints every value meets. {@code minimum}/{@code maximum} are null when
 * open, {@code values} empty when any value goes.
 */
public record Column(
        String name,
        String type,
        String title,
        String description,
        boolean required,
        Integer minimum,
        Integer maximum,
        List<String> values) {

    public Column {
        values = List.copyOf(values);
    }

    public static Column text(String name, String title, String description) {
        return new Column(name, "string", title, description, false, null, null, List.of());
    }

    public static Column integer(String name, String title, String description, Integer minimum, Integer maximum) {
        return new Column(name, "integer", title, description, false, minimum, maximum, List.of());
    }

    public static Column number(String name, String title, String description, Integer minimum, Integer maximum) {
        return new Column(name, "number", title, description, false, minimum, maximum, List.of());
    }

    public static Column logical(String name, String title, String description) {
        return new Column(name, "boolean", title, description, false, null, null, List.of());
    }

    /** A day written as ISO 8601 (2026-05-04), Table Schema's default date format. */
    public static Column date(String name, String title, String description) {
        return new Column(name, "date", title, description, false, null, null, List.of());
    }

    public static Column array(String name, String title, String description) {
        return new Column(name, "array", title, description, false, null, null, List.of());
    }

    public Column notEmpty() {
        return new Column(name, type, title, description, true, minimum, maximum, values);
    }

    public Column oneOf(List<String> allowed) {
        return new Column(name, type, title, description, required, minimum, maximum, allowed);
    }
}
