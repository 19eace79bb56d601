package org.regindex.release.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.TextPart;
import org.regindex.platform.entity.Table;
import org.regindex.release.control.ReleaseTable.ForeignKey;
import org.regindex.release.entity.ReleaseContent;

/**
 * What the data tables refer to: the regions, the indicators with their category on every axis, their
 * options, and the axes' categories with the columns that hold them; and the codebook as it is imported.
 */
public final class CodebookTables {

    private CodebookTables() {}

    public static ReleaseTable regions(ReleaseContent content) {
        return new ReleaseTable(
                "regions",
                "Regions",
                "One row per region of the release.",
                List.of(ReleaseTables.REGION, ReleaseTables.REGION_NAME, ReleaseTables.COUNTRY),
                content.regions().stream()
                        .map(r -> List.<Object>of(r.code(), r.name(), r.countryCode()))
                        .toList(),
                List.of("region"),
                List.of());
    }

    public static ReleaseTable indicators(ReleaseContent content) {
        List<Column> columns = new ArrayList<>(List.of(
                ReleaseTables.INDICATOR,
                Column.text("question", "Question", "The question the experts answered.")
                        .notEmpty(),
                Column.text("guidance", "Guidance", "How the experts were told to answer."),
                Column.logical(
                                "not_applicable_allowed",
                                "May be not applicable",
                                "true when the experts may answer that the indicator does not apply, else false.")
                        .notEmpty()));
        columns.addAll(ReleaseTables.axisColumns(content));
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Indicator indicator : content.indicators()) {
            List<Object> row = new ArrayList<>(List.of(
                    indicator.code(), indicator.question(), indicator.guidance(), indicator.notApplicableAllowed()));
            content.axes().forEach(axis -> row.add(indicator.categoryByAxis().get(axis.code())));
            rows.add(row);
        }
        return new ReleaseTable(
                "indicators",
                "Indicators",
                "One row per indicator of the codebook, with its category on every axis.",
                columns,
                rows,
                List.of("indicator"),
                List.of());
    }

    public static ReleaseTable options(ReleaseContent content) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Indicator indicator : content.indicators()) {
            for (ReleaseContent.Option option : indicator.options()) {
                rows.add(List.of(indicator.code(), option.code(), option.label(), option.score()));
            }
        }
        return new ReleaseTable(
                "options",
                "Options",
                "One row per option of an indicator, with its score.",
                List.of(
                        ReleaseTables.INDICATOR,
                        Column.text("option", "Option code", "Code of the option within its indicator.")
                                .notEmpty(),
                        Column.text("option_label", "Option", "What the option says.")
                                .notEmpty(),
                        Column.integer(
                                        "option_score",
                                        "Option score",
                                        "Score of the option, from 0 to 100 (best practice).",
                                        0,
                                        100)
                                .notEmpty()),
                rows,
                List.of("indicator", "option"),
                List.of(new ForeignKey(List.of("indicator"), "indicators", List.of("indicator"))));
    }

    public static ReleaseTable categories(ReleaseContent content) {
        Map<String, String> axisNames = ReleaseTables.axisNames(content);
        Map<String, String> scoreNames = ReleaseTables.scoreColumns(content);
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Axis axis : content.axes()) {
            for (ReleaseContent.Category category : axis.categories()) {
                rows.add(List.of(
                        axis.code(),
                        axis.label(),
                        category.code(),
                        category.label(),
                        axisNames.get(axis.code()),
                        scoreNames.get(axis.code() + "/" + category.code())));
            }
        }
        return new ReleaseTable(
                "categories",
                "Categories",
                "One row per category of an axis, with the columns that hold it: the first axis' categories "
                        + "make the overall score.",
                List.of(
                        Column.text("axis", "Axis code", "Code of the axis.").notEmpty(),
                        Column.text("axis_label", "Axis", "Name of the axis.").notEmpty(),
                        Column.text("category", "Category code", "Code of the category within its axis.")
                                .notEmpty(),
                        Column.text("category_label", "Category", "Name of the category.")
                                .notEmpty(),
                        Column.text(
                                        "answers_column",
                                        "Column in answers",
                                        "Column of answers.csv and indicators.csv that holds the axis' category.")
                                .notEmpty(),
                        Column.text(
                                        "scores_column",
                                        "Column in scores",
                                        "Column of scores.csv that holds the scores on the category.")
                                .notEmpty()),
                rows,
                List.of("axis", "category"),
                List.of());
    }

    /** Every option code of the codebook, in the order they first appear. */
    static List<String> optionCodes(ReleaseContent content) {
        Set<String> codes = new LinkedHashSet<>();
        content.indicators().forEach(i -> i.options().forEach(o -> codes.add(o.code())));
        return List.copyOf(codes);
    }

    /**
     * The release's codebook in the layout codebooks are imported in, so that it can be imported again:
     * its axis columns are headed "Label [code]", as that layout requires, not as statistics software reads.
     */
    public static Table codebook(ReleaseContent content) {
        CodebookContent codebook = new CodebookContent(
                content.axes().stream()
                        .map(a -> new CodebookContent.AxisSpec(
                                a.code(),
                                a.label(),
                                a.categories().stream()
                                        .map(c -> new CodebookContent.CategorySpec(c.code(), c.label()))
                                        .toList()))
                        .toList(),
                content.indicators().stream()
                        .map(i -> new CodebookContent.IndicatorSpec(
                                i.code(),
                                i.question(),
                                i.guidance(),
                                i.notApplicableAllowed(),
                                i.categoryByAxis(),
                                i.options().stream()
                                        .map(o -> new CodebookContent.OptionSpec(o.code(), o.label(), o.score()))
                                        .toList()))
                        .toList(),
                content.translations().only(part -> part != TextPart.REGION));
        Table table = CodebookLayout.toTable(codebook);
        return new Table("codebook", table.header(), table.rows());
    }
}
