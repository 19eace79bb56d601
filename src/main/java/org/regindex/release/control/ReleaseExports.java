package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Table;
import org.regindex.release.entity.ReleaseContent;

/** Every download of a release; each names the release's version and digest. */
public final class ReleaseExports {

    /** One provider for all builders: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    /** What a download needs besides the content: how to name and cite it. */
    public record Facts(
            String version,
            String digest,
            String state,
            Instant frozenAt,
            Instant publishedAt,
            String publisher,
            String baseUrl) {

        int year() {
            return (publishedAt == null ? frozenAt : publishedAt)
                    .atZone(ZoneOffset.UTC)
                    .getYear();
        }
    }

    public enum Format {
        CSV_LONG("csv-long", "answers.csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8"),
        CSV_WIDE("csv-wide", "scores.csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8"),
        XLSX("xlsx", "release.xlsx", Spreadsheets.XLSX_TYPE),
        JSON("json", "release.json", "application/json"),
        DATAPACKAGE("datapackage", "datapackage.zip", "application/zip"),
        CODEBOOK("codebook", "codebook.csv", Spreadsheets.CSV_TYPE + "; charset=UTF-8"),
        CHANGELOG("changelog", "changelog.txt", "text/plain; charset=UTF-8"),
        CITATION("citation", "citation.txt", "text/plain; charset=UTF-8"),
        BIBTEX("bibtex", "citation.bib", "application/x-bibtex; charset=UTF-8");

        public final String name;
        public final String file;
        public final String mediaType;

        Format(String name, String file, String mediaType) {
            this.name = name;
            this.file = file;
            this.mediaType = mediaType;
        }

        public static Format byName(String name) {
            for (Format format : values()) {
                if (format.name.equalsIgnoreCase(name)) {
                    return format;
                }
            }
            return null;
        }
    }

    private ReleaseExports() {}

    public static String fileName(ReleaseContent content, Format format) {
        return "regindex-" + content.header().cycleCode() + "-"
                + content.header().version() + "-" + format.file;
    }

    public static byte[] export(ReleaseContent content, Facts facts, String changelog, Format format) {
        return switch (format) {
            case CSV_LONG -> Spreadsheets.writeCsv(answers(content, facts));
            case CSV_WIDE -> Spreadsheets.writeCsv(scores(content, facts));
            case XLSX ->
                Spreadsheets.writeWorkbook(List.of(
                        scores(content, facts), answers(content, facts), codebook(content), about(content, facts)));
            case JSON -> json(content, facts);
            case DATAPACKAGE -> dataPackage(content, facts);
            case CODEBOOK -> Spreadsheets.writeCsv(codebook(content));
            case CHANGELOG ->
                (changelog.isEmpty() ? "Release " + facts.version() + " is the first of its cycle.\n" : changelog)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case CITATION -> citation(content, facts).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case BIBTEX -> bibtex(content, facts).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    /** Long format: one row per region and indicator. */
    public static Table answers(ReleaseContent content, Facts facts) {
        Map<String, ReleaseContent.Region> regions =
                content.regions().stream().collect(Collectors.toMap(ReleaseContent.Region::code, r -> r));
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Answer a : content.answers()) {
            ReleaseContent.Region region = regions.get(a.region());
            rows.add(List.of(
                    facts.version(),
                    facts.digest(),
                    a.region(),
                    region.name(),
                    region.countryCode(),
                    a.indicator(),
                    a.optionCode() == null ? "" : a.optionCode(),
                    a.notApplicable() ? "yes" : "no",
                    a.score() == null ? "" : a.score(),
                    a.justification(),
                    a.notApplicableReason(),
                    a.sources().stream()
                            .map(s -> s.url().isEmpty() ? s.citation() : s.citation() + " <" + s.url() + ">")
                            .collect(Collectors.joining("; "))));
        }
        return new Table(
                "answers",
                List.of(
                        "release",
                        "digest",
                        "region",
                        "region_name",
                        "country",
                        "indicator",
                        "option",
                        "not_applicable",
                        "score",
                        "justification",
                        "not_applicable_reason",
                        "sources"),
                rows);
    }

    /** Wide format: one row per region, every category score and the overall with coverage and rank. */
    public static Table scores(ReleaseContent content, Facts facts) {
        List<String> header = new ArrayList<>(List.of(
                "release", "digest", "region", "region_name", "country", "rank", "overall", "answered", "indicators"));
        content.axes().forEach(axis -> axis.categories().forEach(c -> header.add(axis.code() + ":" + c.code())));
        Map<String, Integer> ranks = ReleaseDiff.ranks(content);
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseContent.Region region : content.regions()) {
            List<ReleaseContent.Score> own = content.scores().stream()
                    .filter(s -> s.region().equals(region.code()))
                    .toList();
            ReleaseContent.Score overall = own.stream()
                    .filter(ReleaseContent.Score::isOverall)
                    .findFirst()
                    .orElseThrow();
            List<Object> row = new ArrayList<>(List.of(
                    facts.version(),
                    facts.digest(),
                    region.code(),
                    region.name(),
                    region.countryCode(),
                    ranks.containsKey(region.code()) ? ranks.get(region.code()) : "",
                    overall.value() == null ? "" : overall.value().toPlainString(),
                    overall.answered(),
                    overall.total()));
            content.axes()
                    .forEach(axis -> axis.categories()
                            .forEach(c -> own.stream()
                                    .filter(s -> s.axis().equals(axis.code())
                                            && s.category().equals(c.code()))
                                    .findFirst()
                                    .ifPresent(s -> row.add(
                                            s.value() == null ? "" : s.value().toPlainString()))));
            rows.add(row);
        }
        return new Table("scores", header, rows);
    }

    /** The release's codebook in the import layout, so it can be read, or imported as a codebook again. */
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
                        .toList());
        Table table = CodebookLayout.toTable(codebook);
        return new Table("codebook", table.header(), table.rows());
    }

    private static Table about(ReleaseContent content, Facts facts) {
        ReleaseContent.Header h = content.header();
        return new Table(
                "about",
                List.of("item", "value"),
                List.of(
                        List.of("title", h.title()),
                        List.of("version", facts.version()),
                        List.of("state", facts.state()),
                        List.of("digest (SHA-256)", facts.digest()),
                        List.of("cycle", h.cycleCode() + " - " + h.cycleName()),
                        List.of("codebook", h.codebookCode() + " v" + h.codebookVersion() + " - " + h.codebookTitle()),
                        List.of(
                                "aggregation",
                                "category = mean of its indicator scores; overall = mean of the first axis' categories;"
                                        + " not applicable left out; half-up to 2 decimals"),
                        List.of("frozen", facts.frozenAt().toString()),
                        List.of(
                                "published",
                                facts.publishedAt() == null
                                        ? "not yet"
                                        : facts.publishedAt().toString()),
                        List.of("citation", citation(content, facts).strip()),
                        List.of("notes", h.notes())));
    }

    private static byte[] json(ReleaseContent content, Facts facts) {
        JsonObject document = JSON.createObjectBuilder()
                .add("version", facts.version())
                .add("digest", facts.digest())
                .add("state", facts.state())
                .add("frozenAt", facts.frozenAt().toString())
                .add(
                        "publishedAt",
                        facts.publishedAt() == null ? "" : facts.publishedAt().toString())
                .add("citation", citation(content, facts).strip())
                .add("digestOf", "SHA-256 of the member \"content\" written as compact JSON in this order")
                .add("content", CanonicalExport.json(content))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toByteArray();
    }

    private static byte[] dataPackage(ReleaseContent content, Facts facts) {
        JsonArrayBuilder resources = JSON.createArrayBuilder()
                .add(resource("answers", "answers.csv", answers(content, facts).header(), Map.of("score", "integer")))
                .add(resource(
                        "scores",
                        "scores.csv",
                        scores(content, facts).header(),
                        Map.of("rank", "integer", "overall", "number", "answered", "integer", "indicators", "integer")))
                .add(resource("codebook", "codebook.csv", codebook(content).header(), Map.of()));
        JsonObject descriptor = JSON.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add(
                        "name",
                        ("regindex-" + content.header().cycleCode() + "-" + facts.version())
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9._-]", "-"))
                .add("title", content.header().title())
                .add("version", facts.version())
                .add("description", "Release " + facts.version() + ", SHA-256 " + facts.digest())
                .add("created", facts.frozenAt().toString())
                .add("resources", resources)
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "datapackage.json", json(descriptor));
            entry(zip, "answers.csv", Spreadsheets.writeCsv(answers(content, facts)));
            entry(zip, "scores.csv", Spreadsheets.writeCsv(scores(content, facts)));
            entry(zip, "codebook.csv", Spreadsheets.writeCsv(codebook(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JsonObjectBuilder resource(
            String name, String path, List<String> columns, Map<String, String> types) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        for (String column : columns) {
            String type = column.contains(":") ? "number" : types.getOrDefault(column, "string");
            fields.add(JSON.createObjectBuilder().add("name", column).add("type", type));
        }
        return JSON.createObjectBuilder()
                .add("name", name)
                .add("path", path)
                .add("profile", "tabular-data-resource")
                .add("format", "csv")
                .add("mediatype", "text/csv")
                .add("encoding", "utf-8-sig")
                .add("schema", JSON.createObjectBuilder().add("fields", fields));
    }

    private static byte[] json(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    public static String citation(ReleaseContent content, Facts facts) {
        return facts.publisher() + " (" + facts.year() + "). "
                + content.header().title() + " (Version " + facts.version() + ") [Data set]. " + facts.baseUrl()
                + "/releases/" + facts.version() + ". SHA-256: " + facts.digest() + ".\n";
    }

    public static String bibtex(ReleaseContent content, Facts facts) {
        String key =
                ("regindex_" + content.header().cycleCode() + "_" + facts.version()).replaceAll("[^A-Za-z0-9_]", "_");
        return "@misc{" + key + ",\n  author = {{" + facts.publisher() + "}},\n  title = {{"
                + content.header().title()
                + "}},\n  year = {" + facts.year() + "},\n  version = {" + facts.version()
                + "},\n  howpublished = {\\url{"
                + facts.baseUrl() + "/releases/" + facts.version() + "}},\n  note = {Data set. SHA-256: "
                + facts.digest() + "}\n}\n";
    }
}
