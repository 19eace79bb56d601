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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.regindex.platform.control.ReproducibleZip;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/** A release as a Frictionless Tabular Data Package: {@code datapackage.json} and its CSV files in one ZIP. */
public final class DataPackage {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private DataPackage() {}

    public static byte[] zip(ReleaseContent content, ReleaseFacts facts) {
        JsonArrayBuilder resources = JSON.createArrayBuilder()
                .add(resource(
                        "answers",
                        "answers.csv",
                        ReleaseTables.answers(content, facts).header(),
                        Map.of("score", "integer")))
                .add(resource(
                        "scores",
                        "scores.csv",
                        ReleaseTables.scores(content, facts).header(),
                        Map.of("rank", "integer", "overall", "number", "answered", "integer", "indicators", "integer")))
                .add(resource(
                        "codebook",
                        "codebook.csv",
                        ReleaseTables.codebook(content).header(),
                        Map.of()));
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
            entry(zip, facts, "datapackage.json", json(descriptor));
            entry(zip, facts, "answers.csv", Spreadsheets.writeCsv(ReleaseTables.answers(content, facts)));
            entry(zip, facts, "scores.csv", Spreadsheets.writeCsv(ReleaseTables.scores(content, facts)));
            entry(zip, facts, "codebook.csv", Spreadsheets.writeCsv(ReleaseTables.codebook(content)));
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

    /** Stamped with the freeze: the package's bytes, and so its checksum, are the same whenever it is made. */
    private static void entry(ZipOutputStream zip, ReleaseFacts facts, String name, byte[] content) throws IOException {
        zip.putNextEntry(ReproducibleZip.entry(name, facts.frozenAt()));
        zip.write(content);
        zip.closeEntry();
    }
}
