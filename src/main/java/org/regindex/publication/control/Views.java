package org.regindex.publication.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.entity.ReleaseContent;

/** Read models of a release's content for the public pages and the open-data API. */
public final class Views {

    private Views() {}

    public record AxisView(String code, String label, List<ReleaseContent.Category> categories) {}

    /** A region's scores on one axis (or just the overall). {@code scores} are by category code; null = no score. */
    public record RegionRow(
            String region,
            String name,
            String country,
            Integer rank,
            BigDecimal overall,
            int answered,
            int indicators,
            Map<String, BigDecimal> scores) {}

    public record ScoreTable(String version, String digest, AxisView axis, List<RegionRow> regions) {}

    /** {@code axisCode} "overall" (or empty) gives the overall score only. */
    public static ScoreTable scores(ReleaseContent content, String digest, String axisCode) {
        Optional<ReleaseContent.Axis> axis =
                content.axes().stream().filter(a -> a.code().equals(axisCode)).findFirst();
        AxisView view = axis.map(a -> new AxisView(a.code(), a.label(), a.categories()))
                .orElse(new AxisView("overall", "Overall", List.of()));
        Map<String, Integer> ranks = ReleaseDiff.ranks(content);
        Map<String, ReleaseContent.Score> index = index(content);
        List<RegionRow> rows = new ArrayList<>();
        for (ReleaseContent.Region region : content.regions()) {
            ReleaseContent.Score overall = index.get(key(region.code(), "", ""));
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (ReleaseContent.Category category : view.categories()) {
                ReleaseContent.Score score = index.get(key(region.code(), view.code(), category.code()));
                scores.put(category.code(), score == null ? null : score.value());
            }
            rows.add(new RegionRow(
                    region.code(),
                    region.name(),
                    region.countryCode(),
                    ranks.get(region.code()),
                    overall.value(),
                    overall.answered(),
                    overall.total(),
                    scores));
        }
        return new ScoreTable(content.header().version(), digest, view, rows);
    }

    static Map<String, ReleaseContent.Score> index(ReleaseContent content) {
        Map<String, ReleaseContent.Score> index = new java.util.HashMap<>();
        content.scores().forEach(s -> index.put(key(s.region(), s.axis(), s.category()), s));
        return index;
    }

    private static String key(String region, String axis, String category) {
        return region + "\u0000" + axis + "\u0000" + category;
    }

    static ReleaseContent.Score overall(ReleaseContent content, String region) {
        return content.scores().stream()
                .filter(s -> s.region().equals(region) && s.isOverall())
                .findFirst()
                .orElseThrow();
    }

    static Optional<ReleaseContent.Score> score(ReleaseContent content, String region, String axis, String category) {
        return content.scores().stream()
                .filter(s -> s.region().equals(region)
                        && s.axis().equals(axis)
                        && s.category().equals(category))
                .findFirst();
    }

    /**
     * One indicator's answer of a region, with the question's code and the option's label; {@code confidence}
     * is the experts' (low, medium, high), null where not said or not recorded; {@code replies} the right of
     * reply on it, null when the release has none.
     */
    public record AnswerView(
            String indicator,
            String question,
            String option,
            String optionLabel,
            Integer score,
            boolean notApplicable,
            String notApplicableReason,
            String justification,
            List<ReleaseContent.Source> sources,
            String confidence,
            List<ReplyView> replies,
            List<EvidenceView> evidence) {}

    /** An evidence file the answer cites, as the release records it. */
    public record EvidenceView(String name, String mediaType, long size, String sha256) {

        static EvidenceView of(ReleaseContent.Evidence e) {
            return new EvidenceView(e.name(), e.mediaType(), e.size(), e.sha256());
        }
    }

    /** A comment of the right of reply: by the region's government, or answering it; its author named by capacity. */
    public record ReplyView(String capacity, boolean byGovernment, String date, String text) {

        static ReplyView of(ReleaseContent.Reply reply) {
            return new ReplyView(
                    reply.capacity(), reply.byGovernment(), reply.postedOn().toString(), reply.text());
        }
    }

    public record CategoryScore(
            String axis,
            String axisLabel,
            String category,
            String label,
            BigDecimal score,
            int answered,
            int total,
            BigDecimal previous) {}

    public record RegionProfile(
            String version,
            String digest,
            ReleaseContent.Region region,
            Integer rank,
            BigDecimal overall,
            int answered,
            int indicators,
            String previousVersion,
            BigDecimal previousOverall,
            Integer previousRank,
            List<CategoryScore> scores,
            List<AnswerView> answers,
            Integer lowConfidence) {

        /**
         * The share of the region's answers its experts were not sure of, in whole percent; null when the
         * release does not record confidence.
         */
        public Integer lowConfidencePercent() {
            if (lowConfidence == null || answers.isEmpty()) {
                return lowConfidence == null ? null : 0;
            }
            return (int) Math.round(100.0 * lowConfidence / answers.size());
        }
    }

    /** A region in a release; {@code previous} is the release before it (null for the first), for the change. */
    public static Optional<RegionProfile> region(
            ReleaseContent content, String digest, String regionCode, ReleaseContent previous) {
        Optional<ReleaseContent.Region> region = content.regions().stream()
                .filter(r -> r.code().equals(regionCode))
                .findFirst();
        if (region.isEmpty()) {
            return Optional.empty();
        }
        boolean before = previous != null
                && previous.regions().stream().anyMatch(r -> r.code().equals(regionCode));
        List<CategoryScore> scores = new ArrayList<>();
        for (ReleaseContent.Axis axis : content.axes()) {
            for (ReleaseContent.Category category : axis.categories()) {
                ReleaseContent.Score score =
                        score(content, regionCode, axis.code(), category.code()).orElseThrow();
                BigDecimal was = before
                        ? score(previous, regionCode, axis.code(), category.code())
                                .map(ReleaseContent.Score::value)
                                .orElse(null)
                        : null;
                scores.add(new CategoryScore(
                        axis.code(),
                        axis.label(),
                        category.code(),
                        category.label(),
                        score.value(),
                        score.answered(),
                        score.total(),
                        was));
            }
        }
        ReleaseContent.Score overall = overall(content, regionCode);
        Map<String, ReleaseContent.Indicator> indicators = indicators(content);
        List<ReleaseContent.Answer> ofRegion = content.answers().stream()
                .filter(a -> a.region().equals(regionCode))
                .toList();
        List<AnswerView> answers = ofRegion.stream()
                .map(a -> answer(content, a, indicators.get(a.indicator())))
                .toList();
        Integer lowConfidence = content.header().recordsConfidence()
                ? (int) ofRegion.stream()
                        .filter(ReleaseContent.Answer::lowConfidence)
                        .count()
                : null;
        return Optional.of(new RegionProfile(
                content.header().version(),
                digest,
                region.get(),
                ReleaseDiff.ranks(content).get(regionCode),
                overall.value(),
                overall.answered(),
                overall.total(),
                before ? previous.header().version() : null,
                before ? overall(previous, regionCode).value() : null,
                before ? ReleaseDiff.ranks(previous).get(regionCode) : null,
                scores,
                answers,
                lowConfidence));
    }

    public record RegionAnswer(String region, String name, String country, AnswerView answer) {}

    public record IndicatorAcross(
            String version, String digest, ReleaseContent.Indicator indicator, List<RegionAnswer> regions) {}

    public static Optional<IndicatorAcross> indicator(ReleaseContent content, String digest, String indicatorCode) {
        ReleaseContent.Indicator indicator = indicators(content).get(indicatorCode);
        if (indicator == null) {
            return Optional.empty();
        }
        Map<String, ReleaseContent.Answer> byRegion = new LinkedHashMap<>();
        content.answers().stream()
                .filter(a -> a.indicator().equals(indicatorCode))
                .forEach(a -> byRegion.put(a.region(), a));
        List<RegionAnswer> regions = content.regions().stream()
                .filter(r -> byRegion.containsKey(r.code()))
                .map(r -> new RegionAnswer(
                        r.code(), r.name(), r.countryCode(), answer(content, byRegion.get(r.code()), indicator)))
                .toList();
        return Optional.of(new IndicatorAcross(content.header().version(), digest, indicator, regions));
    }

    static Map<String, ReleaseContent.Indicator> indicators(ReleaseContent content) {
        Map<String, ReleaseContent.Indicator> byCode = new LinkedHashMap<>();
        content.indicators().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    static AnswerView answer(ReleaseContent content, ReleaseContent.Answer answer, ReleaseContent.Indicator indicator) {
        String label = answer.optionCode() == null
                ? null
                : indicator.options().stream()
                        .filter(o -> o.code().equals(answer.optionCode()))
                        .map(ReleaseContent.Option::label)
                        .findFirst()
                        .orElse(null);
        return new AnswerView(
                answer.indicator(),
                indicator.question(),
                answer.optionCode(),
                label,
                answer.score(),
                answer.notApplicable(),
                answer.notApplicableReason(),
                answer.justification(),
                answer.sources(),
                answer.confidence(),
                content.header().recordsReplies()
                        ? content.repliesOn(answer.region(), answer.indicator()).stream()
                                .map(ReplyView::of)
                                .toList()
                        : null,
                content.header().recordsEvidence()
                        ? content.evidenceOf(answer.region(), answer.indicator()).stream()
                                .map(EvidenceView::of)
                                .toList()
                        : null);
    }
}
