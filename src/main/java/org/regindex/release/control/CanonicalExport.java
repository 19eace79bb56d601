package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.regindex.release.entity.ReleaseContent;

/**
 * The canonical form of a release's content: compact JSON, fields in a fixed order, lists in content
 * order. Its SHA-256 is the release's digest; anyone can rebuild it from the JSON download's "content".
 */
public final class CanonicalExport {

    private CanonicalExport() {
    }

    public static JsonObject json(ReleaseContent content) {
        ReleaseContent.Header h = content.header();
        JsonObjectBuilder header = Json.createObjectBuilder().add("version", h.version()).add("title", h.title())
                .add("notes", h.notes()).add("cycle", Json.createObjectBuilder().add("code", h.cycleCode()).add("name", h.cycleName()))
                .add("codebook", Json.createObjectBuilder().add("code", h.codebookCode()).add("version", h.codebookVersion())
                        .add("title", h.codebookTitle()))
                .add("aggregation", h.aggregation());
        if (h.correctsVersion() != null) {
            header.add("corrects", h.correctsVersion());
        }
        JsonArrayBuilder axes = Json.createArrayBuilder();
        content.axes().forEach(axis -> {
            JsonArrayBuilder categories = Json.createArrayBuilder();
            axis.categories().forEach(c -> categories.add(Json.createObjectBuilder().add("code", c.code()).add("label", c.label())));
            axes.add(Json.createObjectBuilder().add("code", axis.code()).add("label", axis.label()).add("categories", categories));
        });
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        content.indicators().forEach(indicator -> indicators.add(indicator(content, indicator)));
        JsonArrayBuilder regions = Json.createArrayBuilder();
        content.regions().forEach(r -> regions.add(Json.createObjectBuilder().add("code", r.code()).add("name", r.name())
                .add("country", r.countryCode())));
        JsonArrayBuilder answers = Json.createArrayBuilder();
        content.answers().forEach(answer -> answers.add(answer(answer)));
        JsonArrayBuilder scores = Json.createArrayBuilder();
        content.scores().forEach(score -> {
            JsonObjectBuilder row = Json.createObjectBuilder().add("region", score.region()).add("axis", score.axis())
                    .add("category", score.category());
            if (score.value() == null) {
                row.addNull("score");
            } else {
                row.add("score", score.value());
            }
            scores.add(row.add("answered", score.answered()).add("total", score.total()));
        });
        return Json.createObjectBuilder().add("release", header).add("axes", axes).add("indicators", indicators)
                .add("regions", regions).add("answers", answers).add("scores", scores).build();
    }

    private static JsonObjectBuilder indicator(ReleaseContent content, ReleaseContent.Indicator indicator) {
        JsonObjectBuilder categories = Json.createObjectBuilder();
        content.axes().forEach(axis -> categories.add(axis.code(), indicator.categoryByAxis().get(axis.code())));
        JsonArrayBuilder options = Json.createArrayBuilder();
        indicator.options().forEach(o -> options.add(Json.createObjectBuilder().add("code", o.code()).add("label", o.label())
                .add("score", o.score())));
        return Json.createObjectBuilder().add("code", indicator.code()).add("question", indicator.question())
                .add("guidance", indicator.guidance()).add("notApplicableAllowed", indicator.notApplicableAllowed())
                .add("categories", categories).add("options", options);
    }

    private static JsonObjectBuilder answer(ReleaseContent.Answer answer) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("region", answer.region()).add("indicator", answer.indicator());
        if (answer.optionCode() == null) {
            row.addNull("option");
        } else {
            row.add("option", answer.optionCode());
        }
        row.add("notApplicable", answer.notApplicable()).add("notApplicableReason", answer.notApplicableReason())
                .add("justification", answer.justification());
        if (answer.score() == null) {
            row.addNull("score");
        } else {
            row.add("score", answer.score());
        }
        JsonArrayBuilder sources = Json.createArrayBuilder();
        answer.sources().forEach(s -> sources.add(Json.createObjectBuilder().add("citation", s.citation()).add("url", s.url())));
        return row.add("sources", sources);
    }

    public static byte[] bytes(ReleaseContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(out)) {
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
