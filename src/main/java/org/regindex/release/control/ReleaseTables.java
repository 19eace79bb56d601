package org.regindex.release.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.platform.entity.Table;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/** The tables of a release's downloads: answers (long), scores (wide), its codebook, and what it is. */
public final class ReleaseTables {

    private ReleaseTables() {}

    /** Long format: one row per region and indicator. */
    public static Table answers(ReleaseContent content, ReleaseFacts facts) {
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
    public static Table scores(ReleaseContent content, ReleaseFacts facts) {
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

    public static Table about(ReleaseContent content, ReleaseFacts facts) {
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
                        List.of("frozen", facts.frozenAt().toString()),
                        List.of(
                                "published",
                                facts.publishedAt() == null
                                        ? "not yet"
                                        : facts.publishedAt().toString()),
                        List.of("citation", Citations.text(content, facts).strip()),
                        List.of("notes", h.notes())));
    }
}
