package org.regindex.publication.control;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The compare page's table, computed once per request: regions as rows, the axis's categories and the
 * overall as columns, every cell already formatted and shaded so that the page only prints strings.
 * Filtered by country and sorted by any column (ties by region code, regions without a score last).
 */
public final class CompareTable {

    public static final String RANK = "rank";
    public static final String REGION = "region";
    public static final String OVERALL = "overall";
    public static final String COVERAGE = "coverage";

    /*
     * The records also have JavaBean getters for the page: Jakarta EL 5 caches bean properties per class but
     * looks a method such as name() up by reflection on every call, which at 240 regions x 10 cells is most
     * of the page's rendering time.
     */

    /** A score column: the overall or a category of the axis. */
    public record Column(String key, String label) {

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }
    }

    public record Cell(BigDecimal value, String text, String shade) {

        public String getText() {
            return text;
        }

        public String getShade() {
            return shade;
        }
    }

    /** {@code link} is the region's page in this release, relative to the explorer's folder. */
    public record Row(
            String region,
            String name,
            String country,
            Integer rank,
            int answered,
            int indicators,
            String coverage,
            Cell overall,
            List<Cell> cells,
            String link) {

        public String getRegion() {
            return region;
        }

        public String getName() {
            return name;
        }

        public String getCountry() {
            return country;
        }

        public Integer getRank() {
            return rank;
        }

        public String getCoverage() {
            return coverage;
        }

        public Cell getOverall() {
            return overall;
        }

        public List<Cell> getCells() {
            return cells;
        }

        public String getLink() {
            return link;
        }
    }

    /** {@code sort} is the key the rows are in, {@code descending} its direction. */
    public record Table(
            List<Column> columns, List<Row> rows, List<String> countries, String sort, boolean descending, int total) {}

    private CompareTable() {}

    /** {@code country} null or blank for all; an unknown {@code sort} sorts by rank. */
    public static Table of(
            Views.ScoreTable scores, String country, String sort, boolean descending, ScoreFormat format) {
        List<Column> columns = scores.axis().categories().stream()
                .map(c -> new Column(c.code(), c.label()))
                .toList();
        TreeSet<String> countries = new TreeSet<>();
        List<Row> rows = new ArrayList<>();
        for (Views.RegionRow region : scores.regions()) {
            countries.add(region.country());
            if (country != null && !country.isBlank() && !country.equalsIgnoreCase(region.country())) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(cell(region.scores().get(column.key()), format));
            }
            rows.add(new Row(
                    region.region(),
                    region.name(),
                    region.country(),
                    region.rank(),
                    region.answered(),
                    region.indicators(),
                    region.answered() + "/" + region.indicators(),
                    cell(region.overall(), format),
                    cells,
                    "region.xhtml?release=" + encode(scores.version()) + "&region=" + encode(region.region())));
        }
        String key = known(sort, columns);
        rows.sort(order(key, columns, descending));
        return new Table(
                columns,
                rows,
                List.copyOf(countries),
                key,
                descending,
                scores.regions().size());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String known(String sort, List<Column> columns) {
        if (sort == null) {
            return RANK;
        }
        if (List.of(RANK, REGION, OVERALL, COVERAGE).contains(sort)
                || columns.stream().anyMatch(c -> c.key().equals(sort))) {
            return sort;
        }
        return RANK;
    }

    private static Cell cell(BigDecimal value, ScoreFormat format) {
        return new Cell(value, format.score(value), ScoreFormat.shade(value));
    }

    static Comparator<Row> order(String key, List<Column> columns, boolean descending) {
        Comparator<Row> byKey = switch (key) {
            case REGION -> Comparator.comparing((Row r) -> r.name().toLowerCase(Locale.ROOT));
            case COVERAGE ->
                Comparator.comparingDouble((Row r) -> r.indicators() == 0 ? 0 : (double) r.answered() / r.indicators());
            case OVERALL -> byValue(r -> r.overall().value(), descending);
            case RANK -> byValue(r -> r.rank() == null ? null : BigDecimal.valueOf(r.rank()), descending);
            default -> {
                int at = indexOf(columns, key);
                yield byValue(r -> r.cells().get(at).value(), descending);
            }
        };
        if (descending && (key.equals(REGION) || key.equals(COVERAGE))) {
            byKey = byKey.reversed();
        }
        return byKey.thenComparing(Row::region);
    }

    /** Missing values last in either direction: a region without a score is not "lowest". */
    private static Comparator<Row> byValue(Function<Row, BigDecimal> value, boolean descending) {
        Comparator<BigDecimal> numbers =
                descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(numbers));
    }

    private static int indexOf(List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** Bars of one column of the table, highest first, for the chart beside it. */
    public static List<Bars.Bar> bars(Table table, String key) {
        int at = OVERALL.equals(key) ? -1 : indexOf(table.columns(), key);
        List<Bars.Bar> bars = new ArrayList<>();
        for (Row row : table.rows()) {
            Cell cell = at < 0 ? row.overall() : row.cells().get(at);
            bars.add(new Bars.Bar(
                    row.region(),
                    row.name(),
                    cell.value(),
                    cell.text(),
                    ScoreFormat.percent(cell.value()),
                    row.link()));
        }
        return Bars.highestFirst(bars);
    }

    /** A column's label by key, for captions; the overall's label is the caller's. */
    public static String label(Table table, String key, String overall) {
        return table.columns().stream()
                .filter(c -> c.key().equals(key))
                .map(Column::label)
                .findFirst()
                .orElse(overall);
    }
}
