package org.regindex.release.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Party;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.DocumentInfo;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release as one Excel workbook: a sheet for every table of the data package, scores first, one that says what
 * every column holds, and one about the release; the release's title, creators and licence in the
 * document's properties, and the time of the freeze as its time.
 */
public final class ReleaseWorkbook {

    private ReleaseWorkbook() {}

    public static byte[] xlsx(ReleaseContent content, ReleaseFacts facts) {
        List<ReleaseTable> tables = new ArrayList<>(DataPackage.tables(content, facts));
        // The scores first: the sheet most readers open the workbook for.
        tables.add(0, tables.remove(1));
        List<SheetSpec> sheets = new ArrayList<>();
        tables.forEach(table -> sheets.add(SheetSpec.plain(table.table())));
        sheets.add(SheetSpec.plain(columns(tables)));
        sheets.add(SheetSpec.plain(about(content, facts)));
        DocumentInfo info = new DocumentInfo(
                content.header().title() + " (version " + facts.version() + ")",
                facts.credit().creators().stream().map(Party::name).collect(Collectors.joining("; ")),
                "SHA-256 of the content: " + facts.digest() + ". Licence: " + facts.licence().title + " ("
                        + facts.licence().spdx + "), " + facts.licence().url + ". "
                        + Citations.text(content, facts).strip(),
                facts.licence().spdx + " " + facts.licence().url,
                facts.frozenAt().truncatedTo(ChronoUnit.SECONDS));
        return Spreadsheets.writeWorkbook(info, sheets);
    }

    /** What each column of each sheet holds, from the same fields as the data package's schemas. */
    static Table columns(List<ReleaseTable> tables) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseTable table : tables) {
            for (Column column : table.columns()) {
                List<String> constraints = new ArrayList<>();
                if (column.required()) {
                    constraints.add("required");
                }
                if (column.minimum() != null) {
                    constraints.add("from " + column.minimum());
                }
                if (column.maximum() != null) {
                    constraints.add("to " + column.maximum());
                }
                if (!column.values().isEmpty()) {
                    constraints.add("one of " + String.join(", ", column.values()));
                }
                rows.add(List.of(
                        table.name(),
                        column.name(),
                        column.type(),
                        column.title(),
                        column.description(),
                        String.join("; ", constraints)));
            }
        }
        return new Table("columns", List.of("sheet", "column", "type", "title", "description", "values"), rows);
    }

    static Table about(ReleaseContent content, ReleaseFacts facts) {
        ReleaseContent.Header h = content.header();
        return new Table(
                "about",
                List.of("item", "value"),
                List.of(
                        List.of("title", h.title()),
                        List.of("version", facts.version()),
                        List.of("state", facts.state().name()),
                        List.of("digest (SHA-256)", facts.digest()),
                        List.of("cycle", h.cycleCode() + " - " + h.cycleName()),
                        List.of("codebook", h.codebookCode() + " v" + h.codebookVersion() + " - " + h.codebookTitle()),
                        List.of(
                                "aggregation",
                                "category = mean of its indicator scores; overall = mean of the first axis' categories;"
                                        + " not applicable left out; half-up to 2 decimals"),
                        List.of("frozen", seconds(facts.frozenAt())),
                        List.of("published", facts.publishedAt() == null ? "not yet" : seconds(facts.publishedAt())),
                        List.of(
                                "licence",
                                facts.licence().title + " (" + facts.licence().spdx + ") " + facts.licence().url),
                        List.of("citation", Citations.text(content, facts).strip()),
                        List.of("notes", h.notes())));
    }

    /** A time as the database keeps it, whatever precision it had before it was stored. */
    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
