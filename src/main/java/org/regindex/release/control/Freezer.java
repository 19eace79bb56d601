package org.regindex.release.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.entity.AnswerOption;
import org.regindex.codebook.entity.Axis;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.Region;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.Scoring;

/** Turns a cycle's approved answers into a release's content: copies of every value, and the scores. */
public final class Freezer {

    private Freezer() {}

    /** The content of the answers without a right of reply. */
    public static ReleaseContent content(
            ReleaseContent.Header header, Cycle cycle, List<Region> regions, List<LiveAnswers.Row> rows) {
        return content(header, cycle, regions, rows, List.of(), List.of());
    }

    public static ReleaseContent content(
            ReleaseContent.Header header,
            Cycle cycle,
            List<Region> regions,
            List<LiveAnswers.Row> rows,
            List<ReleaseContent.Reply> replies,
            List<ReleaseContent.Evidence> evidence) {
        Codebook codebook = cycle.codebook();
        List<ReleaseContent.Axis> axes =
                codebook.axes().stream().map(Freezer::axis).toList();
        List<ReleaseContent.Indicator> indicators = codebook.indicators().stream()
                .map(i -> indicator(i, codebook.axes()))
                .toList();
        Map<String, ReleaseContent.Indicator> byCode = new LinkedHashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        List<ReleaseContent.Answer> answers = rows.stream()
                .map(row -> answer(row, byCode.get(row.indicator())))
                .toList();
        ReleaseContent unscored = new ReleaseContent(
                header,
                axes,
                indicators,
                regions.stream()
                        .map(r -> new ReleaseContent.Region(r.code(), r.name(), r.countryCode()))
                        .toList(),
                answers,
                List.of());
        return new ReleaseContent(
                        header,
                        axes,
                        indicators,
                        unscored.regions(),
                        answers,
                        scores(unscored),
                        translations(codebook, regions),
                        replies,
                        evidence)
                .normalized();
    }

    /** The codebook's translations and the regions' names in other languages, as they are now. */
    public static Translations translations(Codebook codebook, List<Region> regions) {
        Translations.Builder names = Translations.builder(codebook.sourceLanguage());
        regions.forEach(region ->
                region.names().forEach((language, name) -> names.put(language, TextKey.region(region.code()), name)));
        return codebook.translations().with(names.build());
    }

    /** The scores of every region of a content, from its answers and codebook alone. */
    public static List<ReleaseContent.Score> scores(ReleaseContent content) {
        Scoring.Frame frame = content.frame();
        Map<String, List<Scoring.Answer>> byRegion = new LinkedHashMap<>();
        content.regions().forEach(r -> byRegion.put(r.code(), new ArrayList<>()));
        content.answers().forEach(a -> byRegion.get(a.region()).add(new Scoring.Answer(a.indicator(), a.score())));
        List<ReleaseContent.Score> scores = new ArrayList<>();
        byRegion.forEach((region, answers) -> {
            Scoring.RegionScores result = Scoring.score(region, frame, answers);
            scores.add(new ReleaseContent.Score(
                    region,
                    ReleaseContent.Score.OVERALL,
                    ReleaseContent.Score.OVERALL,
                    result.overall().value(),
                    result.overall().answered(),
                    result.overall().total()));
            result.byAxis()
                    .forEach((axis, categories) ->
                            categories.forEach((category, score) -> scores.add(new ReleaseContent.Score(
                                    region, axis, category, score.value(), score.answered(), score.total()))));
        });
        return scores;
    }

    private static ReleaseContent.Axis axis(Axis axis) {
        return new ReleaseContent.Axis(
                axis.code(),
                axis.label(),
                axis.categories().stream()
                        .map(c -> new ReleaseContent.Category(c.code(), c.label()))
                        .toList());
    }

    private static ReleaseContent.Indicator indicator(Indicator indicator, List<Axis> axes) {
        Map<String, String> categories = new LinkedHashMap<>();
        axes.forEach(axis ->
                categories.put(axis.code(), indicator.categoryOn(axis.code()).code()));
        return new ReleaseContent.Indicator(
                indicator.code(),
                indicator.question(),
                indicator.guidance(),
                indicator.notApplicableAllowed(),
                categories,
                indicator.options().stream().map(Freezer::option).toList());
    }

    private static ReleaseContent.Option option(AnswerOption option) {
        return new ReleaseContent.Option(option.code(), option.label(), option.score());
    }

    private static ReleaseContent.Answer answer(LiveAnswers.Row row, ReleaseContent.Indicator indicator) {
        Integer score = row.notApplicable() || row.optionCode() == null
                ? null
                : indicator.options().stream()
                        .filter(o -> o.code().equals(row.optionCode()))
                        .findFirst()
                        .map(ReleaseContent.Option::score)
                        .orElseThrow();
        return new ReleaseContent.Answer(
                row.region(),
                row.indicator(),
                row.optionCode(),
                row.notApplicable(),
                row.notApplicableReason(),
                row.justification(),
                score,
                row.sources().stream()
                        .map(s -> new ReleaseContent.Source(s[0], s[1]))
                        .toList(),
                row.confidence());
    }
}
