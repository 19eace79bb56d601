package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.platform.control.ColumnNames;
import org.regindex.release.control.ReleaseTable.ForeignKey;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The data tables of a release: answers (long, one row per region and indicator), scores (wide, one row
 * per region) and the answers' sources (one row per source). Every column name is one that R, Stata and
 * SPSS read as it is ({@link ColumnNames}); the codebook's tables are {@link CodebookTables}.
 */
public final class ReleaseTables {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    static final Column RELEASE = Column.text("release", "Release", "Version of the release, as text: 1.10 is not 1.1.")
            .notEmpty();
    static final Column DIGEST = Column.text(
                    "digest",
                    "Release digest",
                    "SHA-256 of the release's canonical content (the download content.json), the same in every row.")
            .notEmpty();
    static final Column REGION = Column.text("region", "Region code", "Code of the region, as in regions.csv.")
            .notEmpty();
    static final Column REGION_NAME = Column.text("region_name", "Region", "Name of the region.");
    static final Column COUNTRY = Column.text("country", "Country code", "Code of the region's country.");
    static final Column INDICATOR = Column.text(
                    "indicator", "Indicator code", "Code of the indicator, as in indicators.csv.")
            .notEmpty();

    /** The names every table uses for itself, which an axis' or category's column never takes. */
    static final List<String> FIXED = List.of(
            "release",
            "digest",
            "region",
            "region_name",
            "country",
            "indicator",
            "option",
            "option_score",
            "not_applicable",
            "not_applicable_reason",
            "justification",
            "sources",
            "confidence",
            "rank",
            "overall",
            "answered",
            "indicators",
            "question",
            "guidance",
            "not_applicable_allowed");

    private ReleaseTables() {}

    /** Long format: one row per region and indicator, with the indicator's category on every axis. */
    public static ReleaseTable answers(ReleaseContent content, ReleaseFacts facts) {
        Map<String, ReleaseContent.Region> regions =
                content.regions().stream().collect(Collectors.toMap(ReleaseContent.Region::code, r -> r));
        Map<String, ReleaseContent.Indicator> indicators =
                content.indicators().stream().collect(Collectors.toMap(ReleaseContent.Indicator::code, i -> i));
        List<Column> columns = new ArrayList<>(List.of(RELEASE, DIGEST, REGION, REGION_NAME, COUNTRY, INDICATOR));
        columns.addAll(axisColumns(content));
        columns.addAll(List.of(
                Column.text(
                                "option",
                                "Option code",
                                "Code of the option the experts chose, as in options.csv; empty when the indicator "
                                        + "does not apply.")
                        .oneOf(CodebookTables.optionCodes(content)),
                Column.integer(
                        "option_score",
                        "Option score",
                        "Score of the chosen option, from 0 to 100 (best practice); empty when the indicator does "
                                + "not apply, and then left out of every mean.",
                        0,
                        100),
                Column.logical(
                                "not_applicable",
                                "Not applicable",
                                "true when the experts found that the indicator does not apply to the region, else "
                                        + "false.")
                        .notEmpty(),
                Column.text("not_applicable_reason", "Why not applicable", "Empty when the indicator applies."),
                Column.text("justification", "Justification", "The experts' justification of the answer."),
                Column.array(
                        "sources",
                        "Sources",
                        "The answer's sources in their order, as a JSON array of objects with \"citation\" and "
                                + "\"url\" (\"\" when there is none), so that a citation may hold any character, "
                                + "; and , included. sources.csv has the same, one row per source.")));
        boolean withConfidence = content.header().recordsConfidence();
        if (withConfidence) {
            columns.add(Column.text(
                            "confidence",
                            "Experts' confidence",
                            "How sure the experts were of the answer: low, medium or high; empty where they did not "
                                    + "say.")
                    .oneOf(List.of("low", "medium", "high")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Answer a : content.answers()) {
            ReleaseContent.Region region = regions.get(a.region());
            List<Object> row = new ArrayList<>(List.of(
                    facts.version(), facts.digest(), a.region(), region.name(), region.countryCode(), a.indicator()));
            content.axes()
                    .forEach(axis -> row.add(
                            indicators.get(a.indicator()).categoryByAxis().get(axis.code())));
            row.add(a.optionCode() == null ? "" : a.optionCode());
            row.add(a.score() == null ? "" : a.score());
            row.add(a.notApplicable());
            row.add(a.notApplicableReason());
            row.add(a.justification());
            row.add(sourcesJson(a.sources()));
            if (withConfidence) {
                row.add(a.confidence() == null ? "" : a.confidence());
            }
            rows.add(row);
        }
        return new ReleaseTable(
                "answers",
                "Answers",
                "One row per region and indicator: the option the experts chose, its score, their justification "
                        + "and sources, and the indicator's category on every axis.",
                columns,
                rows,
                List.of("region", "indicator"),
                List.of(
                        new ForeignKey(List.of("region"), "regions", List.of("region")),
                        new ForeignKey(List.of("indicator"), "indicators", List.of("indicator"))));
    }

    /** Wide format: one row per region with rank, overall, coverage and the score on every category. */
    public static ReleaseTable scores(ReleaseContent content, ReleaseFacts facts) {
        List<Column> columns = new ArrayList<>(List.of(
                RELEASE,
                DIGEST,
                REGION,
                REGION_NAME,
                COUNTRY,
                Column.integer(
                        "rank",
                        "Rank",
                        "Rank of the overall score among the release's regions, 1 for the highest; equal scores "
                                + "share a rank (1, 2, 2, 4); empty without an overall score.",
                        1,
                        null),
                Column.number(
                        "overall",
                        "Overall score",
                        "Mean of the region's scores on the categories of the first axis"
                                + content.axes().stream()
                                        .findFirst()
                                        .map(a -> " (" + a.label() + ")")
                                        .orElse("")
                                + " that have one, from 0 to 100, rounded half up to 2 decimals from the exact "
                                + "means; empty when no indicator applies.",
                        0,
                        100),
                Column.integer(
                                "answered",
                                "Indicators answered",
                                "Indicators with an applicable answer (not applicable ones not counted).",
                                0,
                                null)
                        .notEmpty(),
                Column.integer("indicators", "Indicators", "Indicators in the codebook.", 0, null)
                        .notEmpty()));
        Map<String, String> names = scoreColumns(content);
        for (ReleaseContent.Axis axis : content.axes()) {
            for (ReleaseContent.Category category : axis.categories()) {
                columns.add(Column.number(
                        names.get(axis.code() + "/" + category.code()),
                        axis.label() + ": " + category.label(),
                        "Score on category " + category.code() + " (" + category.label() + ") of axis "
                                + axis.code() + " (" + axis.label() + "): mean of the option scores of its "
                                + "indicators that apply, from 0 to 100, rounded half up to 2 decimals; empty when "
                                + "none applies. Named s_<axis>_<category> in lower case and at most 32 "
                                + "characters; categories.csv gives each category's column.",
                        0,
                        100));
            }
        }
        Map<String, Integer> ranks = ReleaseDiff.ranks(content);
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Region region : content.regions()) {
            Map<String, ReleaseContent.Score> own = new LinkedHashMap<>();
            content.scores().stream()
                    .filter(s -> s.region().equals(region.code()))
                    .forEach(s -> own.put(s.axis() + "/" + s.category(), s));
            ReleaseContent.Score overall = own.get(ReleaseContent.Score.OVERALL + "/" + ReleaseContent.Score.OVERALL);
            List<Object> row = new ArrayList<>(List.of(
                    facts.version(),
                    facts.digest(),
                    region.code(),
                    region.name(),
                    region.countryCode(),
                    ranks.containsKey(region.code()) ? ranks.get(region.code()) : "",
                    overall.value() == null ? "" : overall.value(),
                    overall.answered(),
                    overall.total()));
            content.axes()
                    .forEach(axis -> axis.categories().forEach(c -> {
                        ReleaseContent.Score score = own.get(axis.code() + "/" + c.code());
                        row.add(score == null || score.value() == null ? "" : score.value());
                    }));
            rows.add(row);
        }
        return new ReleaseTable(
                "scores",
                "Scores",
                "One row per region: its rank, overall score, coverage and score on every category of every axis.",
                columns,
                rows,
                List.of("region"),
                List.of(new ForeignKey(List.of("region"), "regions", List.of("region"))));
    }

    /** One row per source of an answer, in the answer's order. */
    public static ReleaseTable sources(ReleaseContent content) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Answer a : content.answers()) {
            for (int n = 0; n < a.sources().size(); n++) {
                ReleaseContent.Source source = a.sources().get(n);
                rows.add(List.of(a.region(), a.indicator(), n + 1, source.citation(), source.url()));
            }
        }
        return new ReleaseTable(
                "sources",
                "Sources",
                "One row per source that an answer gives, the same as the JSON in the column sources of answers.csv.",
                List.of(
                        REGION,
                        INDICATOR,
                        Column.integer(
                                        "source",
                                        "Source number",
                                        "Position of the source in the answer, from 1.",
                                        1,
                                        null)
                                .notEmpty(),
                        Column.text("citation", "Citation", "The source as the experts cited it.")
                                .notEmpty(),
                        Column.text("url", "Address", "Where the source can be read; empty when not given.")),
                rows,
                List.of("region", "indicator", "source"),
                List.of(new ForeignKey(List.of("region", "indicator"), "answers", List.of("region", "indicator"))));
    }

    /** The columns that hold an indicator's category on each axis, named by the axis' code. */
    static List<Column> axisColumns(ReleaseContent content) {
        Map<String, String> names = axisNames(content);
        return content.axes().stream()
                .map(axis -> Column.text(
                                names.get(axis.code()),
                                axis.label(),
                                "Category of the indicator on the axis " + axis.code() + " (" + axis.label() + "): "
                                        + axis.categories().stream()
                                                .map(c -> c.code() + " = " + c.label())
                                                .collect(Collectors.joining("; "))
                                        + ".")
                        .notEmpty()
                        .oneOf(axis.categories().stream()
                                .map(ReleaseContent.Category::code)
                                .toList()))
                .toList();
    }

    /** Axis code to the name of its column in answers and indicators. */
    static Map<String, String> axisNames(ReleaseContent content) {
        List<String> taken = new ArrayList<>(FIXED);
        Map<String, String> names = new LinkedHashMap<>();
        content.axes().forEach(axis -> {
            String name = ColumnNames.unique(axis.code(), taken);
            taken.add(name);
            names.put(axis.code(), name);
        });
        return names;
    }

    /** "axis/CATEGORY" to the name of its column in scores. */
    static Map<String, String> scoreColumns(ReleaseContent content) {
        List<String> taken = new ArrayList<>(FIXED);
        Map<String, String> names = new LinkedHashMap<>();
        content.axes()
                .forEach(axis -> axis.categories().forEach(c -> {
                    String name = ColumnNames.unique("s_" + axis.code() + "_" + c.code(), taken);
                    taken.add(name);
                    names.put(axis.code() + "/" + c.code(), name);
                }));
        return names;
    }

    private static String sourcesJson(List<ReleaseContent.Source> sources) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        sources.forEach(s -> array.add(
                JSON.createObjectBuilder().add("citation", s.citation()).add("url", s.url())));
        StringWriter text = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(text)) {
            writer.writeArray(array.build());
        }
        return text.toString();
    }
}
