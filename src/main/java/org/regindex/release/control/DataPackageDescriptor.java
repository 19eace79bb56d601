package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The {@code datapackage.json} of a release: a Frictionless Tabular Data Package (v1) whose resources are
 * the CSV files beside it, each with its size, SHA-256 and Table Schema (types, constraints, keys).
 */
final class DataPackageDescriptor {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** A CSV file of the package and the table it was written from. */
    @SuppressWarnings("ArrayRecordComponent") // bytes on their way into the ZIP, never compared
    record Member(ReleaseTable table, byte[] csv) {}

    private DataPackageDescriptor() {}

    static JsonObject of(ReleaseContent content, ReleaseFacts facts, List<Member> members) {
        ReleaseContent.Header header = content.header();
        JsonObjectBuilder descriptor = JSON.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add(
                        "name",
                        ("regindex-" + header.cycleCode() + "-" + facts.version())
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9._-]", "-"))
                .add("id", facts.doi() == null ? facts.landingUrl() : facts.doiUrl())
                .add("title", header.title())
                .add("description", description(content, facts))
                .add("homepage", facts.landingUrl())
                .add("version", facts.version())
                .add("created", facts.frozenAt().truncatedTo(ChronoUnit.SECONDS).toString())
                .add(
                        "keywords",
                        JSON.createArrayBuilder().add("migrant integration").add("regional index"))
                .add(
                        "licenses",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("name", facts.licence().spdx)
                                        .add("path", facts.licence().url)
                                        .add("title", facts.licence().title)))
                .add("contributors", contributors(facts))
                .add(
                        "sources",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add(
                                                "title",
                                                "Expert questionnaires of the cycle " + header.cycleName() + " ("
                                                        + header.cycleCode() + "), answered on codebook "
                                                        + header.codebookTitle() + " (" + header.codebookCode()
                                                        + " version " + header.codebookVersion() + ")")
                                        .add("path", facts.landingUrl())));
        JsonArrayBuilder resources = JSON.createArrayBuilder();
        members.forEach(member -> resources.add(resource(member)));
        return descriptor.add("resources", resources).build();
    }

    private static String description(ReleaseContent content, ReleaseFacts facts) {
        String notes = content.header().notes().isBlank()
                ? ""
                : "\n\n" + content.header().notes().strip();
        String funder = facts.credit().funder().isEmpty()
                ? ""
                : "\n\nFunded by " + facts.credit().funder() + ".";
        return "Release " + facts.version() + " of " + content.header().title() + ", frozen and never changed: "
                + "SHA-256 " + facts.digest() + " of its canonical content (the download content.json)."
                + notes
                + "\n\nanswers.csv has one row per region and indicator, scores.csv one row per region; "
                + "regions.csv, indicators.csv, options.csv and categories.csv say what their codes mean. "
                + "An answer's sources are a JSON array in its row and, one row per source, in sources.csv. "
                + "Column names are lower case letters, digits and _, at most 32 characters, so that R, Stata "
                + "and SPSS read them as they are: an axis' column in answers.csv and indicators.csv is named "
                + "by the axis' code, a category's column in scores.csv s_<axis>_<category>, and categories.csv "
                + "lists both for every category. Empty cells are missing values; not applicable answers "
                + "have no score and count in no mean. checksums.sha256 holds the SHA-256 of every file, "
                + "for sha256sum -c."
                + funder;
    }

    private static JsonArrayBuilder contributors(ReleaseFacts facts) {
        JsonArrayBuilder contributors = JSON.createArrayBuilder();
        JsonObjectBuilder publisher = JSON.createObjectBuilder()
                .add("title", facts.credit().publisher())
                .add("role", "publisher");
        if (facts.credit().contact().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            publisher.add("email", facts.credit().contact());
        }
        contributors.add(publisher);
        facts.credit().creators().forEach(party -> contributors.add(party(party, "author")));
        facts.credit().contributors().forEach(party -> contributors.add(party(party, "contributor")));
        return contributors;
    }

    private static JsonObjectBuilder party(Party party, String role) {
        JsonObjectBuilder contributor =
                JSON.createObjectBuilder().add("title", party.name()).add("role", role);
        if (!party.affiliation().isEmpty()) {
            contributor.add("organization", party.affiliation());
        }
        if (!party.orcid().isEmpty()) {
            contributor.add("path", party.orcidUrl());
        }
        return contributor;
    }

    private static JsonObjectBuilder resource(Member member) {
        ReleaseTable table = member.table();
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        table.columns().forEach(column -> fields.add(field(column)));
        JsonObjectBuilder schema = JSON.createObjectBuilder()
                .add("fields", fields)
                .add("missingValues", JSON.createArrayBuilder().add(""))
                .add("primaryKey", strings(table.primaryKey()));
        if (!table.foreignKeys().isEmpty()) {
            JsonArrayBuilder keys = JSON.createArrayBuilder();
            table.foreignKeys()
                    .forEach(key -> keys.add(JSON.createObjectBuilder()
                            .add("fields", strings(key.fields()))
                            .add(
                                    "reference",
                                    JSON.createObjectBuilder()
                                            .add("resource", key.resource())
                                            .add("fields", strings(key.referenced())))));
            schema.add("foreignKeys", keys);
        }
        return JSON.createObjectBuilder()
                .add("profile", "tabular-data-resource")
                .add("name", table.name())
                .add("path", table.file())
                .add("title", table.title())
                .add("description", table.description())
                .add("format", "csv")
                .add("mediatype", "text/csv")
                .add("encoding", "utf-8")
                .add("bytes", member.csv().length)
                .add("hash", "sha256:" + CanonicalExport.sha256(member.csv()))
                .add("schema", schema);
    }

    private static JsonObjectBuilder field(Column column) {
        JsonObjectBuilder field = JSON.createObjectBuilder()
                .add("name", column.name())
                .add("type", column.type())
                .add("title", column.title())
                .add("description", column.description());
        if (column.type().equals("boolean")) {
            field.add("trueValues", JSON.createArrayBuilder().add("true"))
                    .add("falseValues", JSON.createArrayBuilder().add("false"));
        }
        JsonObjectBuilder constraints = JSON.createObjectBuilder();
        if (column.required()) {
            constraints.add("required", true);
        }
        if (column.minimum() != null) {
            constraints.add("minimum", column.minimum());
        }
        if (column.maximum() != null) {
            constraints.add("maximum", column.maximum());
        }
        if (!column.values().isEmpty()) {
            constraints.add("enum", strings(column.values()));
        }
        JsonObject built = constraints.build();
        return built.isEmpty() ? field : field.add("constraints", built);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
