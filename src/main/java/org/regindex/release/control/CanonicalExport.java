package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.regindex.codebook.entity.Translations;
import org.regindex.release.entity.ReleaseContent;

/**
 * The canonical form of a release's content: compact JSON, fields in a fixed order, lists in content
 * order. Its SHA-256 is the release's digest; anyone can rebuild it from the JSON download's "content".
 */
public final class CanonicalExport {

    /** One provider for all builders: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private CanonicalExport() {}

    public static JsonObject json(ReleaseContent content) {
        ReleaseContent.Header h = content.header();
        JsonObjectBuilder header = JSON.createObjectBuilder()
                .add("version", h.version())
                .add("title", h.title())
                .add("notes", h.notes())
                .add(
                        "cycle",
                        JSON.createObjectBuilder().add("code", h.cycleCode()).add("name", h.cycleName()))
                .add(
                        "codebook",
                        JSON.createObjectBuilder()
                                .add("code", h.codebookCode())
                                .add("version", h.codebookVersion())
                                .add("title", h.codebookTitle()))
                .add("aggregation", h.aggregation());
        if (h.correctsVersion() != null) {
            header.add("corrects", h.correctsVersion());
        }
        JsonArrayBuilder axes = JSON.createArrayBuilder();
        content.axes().forEach(axis -> {
            JsonArrayBuilder categories = JSON.createArrayBuilder();
            axis.categories()
                    .forEach(c -> categories.add(
                            JSON.createObjectBuilder().add("code", c.code()).add("label", c.label())));
            axes.add(JSON.createObjectBuilder()
                    .add("code", axis.code())
                    .add("label", axis.label())
                    .add("categories", categories));
        });
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        content.indicators().forEach(indicator -> indicators.add(indicator(content, indicator)));
        JsonArrayBuilder regions = JSON.createArrayBuilder();
        content.regions()
                .forEach(r -> regions.add(JSON.createObjectBuilder()
                        .add("code", r.code())
                        .add("name", r.name())
                        .add("country", r.countryCode())));
        JsonArrayBuilder answers = JSON.createArrayBuilder();
        content.answers().forEach(answer -> answers.add(answer(answer, h.recordsConfidence())));
        JsonArrayBuilder scores = JSON.createArrayBuilder();
        content.scores().forEach(score -> {
            JsonObjectBuilder row = JSON.createObjectBuilder()
                    .add("region", score.region())
                    .add("axis", score.axis())
                    .add("category", score.category());
            if (score.value() == null) {
                row.addNull("score");
            } else {
                row.add("score", score.value());
            }
            scores.add(row.add("answered", score.answered()).add("total", score.total()));
        });
        JsonObjectBuilder canonical = JSON.createObjectBuilder()
                .add("release", header)
                .add("axes", axes)
                .add("indicators", indicators)
                .add("regions", regions)
                .add("answers", answers)
                .add("scores", scores);
        if (!content.translations().equals(Translations.NONE)) {
            canonical.add("translations", translations(content.translations()));
        }
        if (h.recordsReplies()) {
            canonical.add("replies", replies(content));
        }
        if (h.recordsEvidence()) {
            canonical.add("evidence", evidence(content));
        }
        return canonical.build();
    }

    /**
     * {@code {"source": "en", "languages": {"de": [{"part": "QUESTION", "owner": "LAB-ACT-01", "code": "", "text":
     * "..."}, ...]}}}, languages and texts in their fixed order. Absent from a content without translations, so the
     * canonical form of a release frozen before translations existed stays the same bytes.
     */
    private static JsonObjectBuilder translations(Translations translations) {
        JsonObjectBuilder languages = JSON.createObjectBuilder();
        translations.byLanguage().forEach((language, texts) -> {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            texts.forEach((key, text) -> list.add(JSON.createObjectBuilder()
                    .add("part", key.part().name())
                    .add("owner", key.owner())
                    .add("code", key.code())
                    .add("text", text)));
            languages.add(language, list);
        });
        return JSON.createObjectBuilder().add("source", translations.source()).add("languages", languages);
    }

    /**
     * {@code [{"region": "ES-CT", "indicator": "LAB-ACT-01", "capacity": "government", "date": "2026-05-04", "text":
     * "..."}, ...]}, in content order; absent from a release of a cycle without a right of reply.
     */
    private static JsonArrayBuilder replies(ReleaseContent content) {
        JsonArrayBuilder replies = JSON.createArrayBuilder();
        content.replies()
                .forEach(reply -> replies.add(JSON.createObjectBuilder()
                        .add("region", reply.region())
                        .add("indicator", reply.indicator())
                        .add("capacity", reply.capacity())
                        .add("date", reply.postedOn().toString())
                        .add("text", reply.text())));
        return replies;
    }

    /**
     * {@code [{"region": ..., "indicator": ..., "name": "plan.pdf", "mediaType": "application/pdf", "size": 1234,
     * "sha256": "..."}, ...]}, in content order; absent from a release frozen before evidence files were recorded.
     */
    private static JsonArrayBuilder evidence(ReleaseContent content) {
        JsonArrayBuilder files = JSON.createArrayBuilder();
        content.evidence()
                .forEach(e -> files.add(JSON.createObjectBuilder()
                        .add("region", e.region())
                        .add("indicator", e.indicator())
                        .add("name", e.name())
                        .add("mediaType", e.mediaType())
                        .add("size", e.size())
                        .add("sha256", e.sha256())));
        return files;
    }

    private static JsonObjectBuilder indicator(ReleaseContent content, ReleaseContent.Indicator indicator) {
        JsonObjectBuilder categories = JSON.createObjectBuilder();
        content.axes()
                .forEach(axis ->
                        categories.add(axis.code(), indicator.categoryByAxis().get(axis.code())));
        JsonArrayBuilder options = JSON.createArrayBuilder();
        indicator
                .options()
                .forEach(o -> options.add(JSON.createObjectBuilder()
                        .add("code", o.code())
                        .add("label", o.label())
                        .add("score", o.score())));
        return JSON.createObjectBuilder()
                .add("code", indicator.code())
                .add("question", indicator.question())
                .add("guidance", indicator.guidance())
                .add("notApplicableAllowed", indicator.notApplicableAllowed())
                .add("categories", categories)
                .add("options", options);
    }

    /** A release frozen before answers had a confidence has no such key, so its digest stays what it was. */
    private static JsonObjectBuilder answer(ReleaseContent.Answer answer, boolean withConfidence) {
        JsonObjectBuilder row =
                JSON.createObjectBuilder().add("region", answer.region()).add("indicator", answer.indicator());
        if (answer.optionCode() == null) {
            row.addNull("option");
        } else {
            row.add("option", answer.optionCode());
        }
        row.add("notApplicable", answer.notApplicable())
                .add("notApplicableReason", answer.notApplicableReason())
                .add("justification", answer.justification());
        if (answer.score() == null) {
            row.addNull("score");
        } else {
            row.add("score", answer.score());
        }
        if (withConfidence && answer.confidence() == null) {
            row.addNull("confidence");
        } else if (withConfidence) {
            row.add("confidence", answer.confidence());
        }
        JsonArrayBuilder sources = JSON.createArrayBuilder();
        answer.sources()
                .forEach(s -> sources.add(
                        JSON.createObjectBuilder().add("citation", s.citation()).add("url", s.url())));
        return row.add("sources", sources);
    }

    public static byte[] bytes(ReleaseContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(json(content));
        }
        return out.toByteArray();
    }

    public static String digest(ReleaseContent content) {
        return sha256(bytes(content));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For reading back a canonical form, e.g. in tests. */
    public static String text(ReleaseContent content) {
        return new String(bytes(content), StandardCharsets.UTF_8);
    }
}
