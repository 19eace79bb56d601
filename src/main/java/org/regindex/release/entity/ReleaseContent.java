package org.regindex.release.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.entity.Translations;

/**
 * Everything a release holds, as values: what freezing copies in, what downloads and comparisons read
 * back. Two equal contents have equal canonical exports, hence equal digests. Its translations are those of
 * its codebook and of its regions' names when it was frozen ({@link Translations#NONE} for a release frozen
 * before codebooks had translations).
 */
public record ReleaseContent(
        Header header,
        List<Axis> axes,
        List<Indicator> indicators,
        List<Region> regions,
        List<Answer> answers,
        List<Score> scores,
        Translations translations,
        List<Reply> replies,
        List<Evidence> evidence) {

    public ReleaseContent {
        axes = List.copyOf(axes);
        indicators = List.copyOf(indicators);
        regions = List.copyOf(regions);
        answers = List.copyOf(answers);
        scores = List.copyOf(scores);
        translations = translations == null ? Translations.NONE : translations;
        replies = List.copyOf(replies);
        evidence = List.copyOf(evidence);
    }

    /** A content without evidence files. */
    public ReleaseContent(
            Header header,
            List<Axis> axes,
            List<Indicator> indicators,
            List<Region> regions,
            List<Answer> answers,
            List<Score> scores,
            Translations translations,
            List<Reply> replies) {
        this(header, axes, indicators, regions, answers, scores, translations, replies, List.of());
    }

    /** A content without replies. */
    public ReleaseContent(
            Header header,
            List<Axis> axes,
            List<Indicator> indicators,
            List<Region> regions,
            List<Answer> answers,
            List<Score> scores,
            Translations translations) {
        this(header, axes, indicators, regions, answers, scores, translations, List.of(), List.of());
    }

    /** A content without translations. */
    public ReleaseContent(
            Header header,
            List<Axis> axes,
            List<Indicator> indicators,
            List<Region> regions,
            List<Answer> answers,
            List<Score> scores) {
        this(header, axes, indicators, regions, answers, scores, Translations.NONE, List.of(), List.of());
    }

    public record Header(
            String version,
            String title,
            String notes,
            String cycleCode,
            String cycleName,
            String codebookCode,
            int codebookVersion,
            String codebookTitle,
            String aggregation,
            String correctsVersion,
            boolean recordsConfidence,
            boolean recordsReplies,
            boolean recordsEvidence) {

        /** The header of a release frozen before evidence files were recorded. */
        public Header(
                String version,
                String title,
                String notes,
                String cycleCode,
                String cycleName,
                String codebookCode,
                int codebookVersion,
                String codebookTitle,
                String aggregation,
                String correctsVersion,
                boolean recordsConfidence,
                boolean recordsReplies) {
            this(
                    version,
                    title,
                    notes,
                    cycleCode,
                    cycleName,
                    codebookCode,
                    codebookVersion,
                    codebookTitle,
                    aggregation,
                    correctsVersion,
                    recordsConfidence,
                    recordsReplies,
                    false);
        }

        /**
         * The header of a release frozen before replies were published; {@code recordsReplies} adds the
         * replies' file and their key in the canonical form.
         */
        public Header(
                String version,
                String title,
                String notes,
                String cycleCode,
                String cycleName,
                String codebookCode,
                int codebookVersion,
                String codebookTitle,
                String aggregation,
                String correctsVersion,
                boolean recordsConfidence) {
            this(
                    version,
                    title,
                    notes,
                    cycleCode,
                    cycleName,
                    codebookCode,
                    codebookVersion,
                    codebookTitle,
                    aggregation,
                    correctsVersion,
                    recordsConfidence,
                    false,
                    false);
        }

        /**
         * The header of a release frozen before answers had a confidence, whose files keep their bytes; {@code
         * recordsConfidence} adds the experts' confidence to the answers' files.
         */
        public Header(
                String version,
                String title,
                String notes,
                String cycleCode,
                String cycleName,
                String codebookCode,
                int codebookVersion,
                String codebookTitle,
                String aggregation,
                String correctsVersion) {
            this(
                    version,
                    title,
                    notes,
                    cycleCode,
                    cycleName,
                    codebookCode,
                    codebookVersion,
                    codebookTitle,
                    aggregation,
                    correctsVersion,
                    false,
                    false,
                    false);
        }
    }

    public record Axis(String code, String label, List<Category> categories) {}

    public record Category(String code, String label) {}

    public record Option(String code, String label, int score) {}

    public record Indicator(
            String code,
            String question,
            String guidance,
            boolean notApplicableAllowed,
            Map<String, String> categoryByAxis,
            List<Option> options) {}

    public record Region(String code, String name, String countryCode) {}

    public record Source(String citation, String url) {}

    /**
     * {@code score} is the option's score, null for "not applicable"; {@code confidence} the expert's ({@code
     * low}, {@code medium}, {@code high}), null when not said or not recorded.
     */
    public record Answer(
            String region,
            String indicator,
            String optionCode,
            boolean notApplicable,
            String notApplicableReason,
            String justification,
            Integer score,
            List<Source> sources,
            String confidence) {

        /** An answer without a confidence. */
        public Answer(
                String region,
                String indicator,
                String optionCode,
                boolean notApplicable,
                String notApplicableReason,
                String justification,
                Integer score,
                List<Source> sources) {
            this(
                    region,
                    indicator,
                    optionCode,
                    notApplicable,
                    notApplicableReason,
                    justification,
                    score,
                    sources,
                    null);
        }

        /** Whether the expert said they were not sure of it. */
        public boolean lowConfidence() {
            return "low".equals(confidence);
        }
    }

    /**
     * A comment of the right of reply on an answer: by the region's government contact, or answering them
     * ({@code capacity} is {@code government}, {@code expert}, {@code reviewer}, {@code coordinator} or {@code
     * country_lead}); named by capacity only, dated by the day it was written.
     */
    public record Reply(String region, String indicator, String capacity, LocalDate postedOn, String text) {

        /** Whether the government contact wrote it, rather than someone answering them. */
        public boolean byGovernment() {
            return GOVERNMENT.equals(capacity);
        }

        public static final String GOVERNMENT = "government";
    }

    /** An evidence file an answer cites: its name, kind, bytes and SHA-256 (the file itself is not in the content). */
    public record Evidence(String region, String indicator, String name, String mediaType, long size, String sha256) {}

    /** The evidence files of one answer, in the order they were attached. */
    public List<Evidence> evidenceOf(String region, String indicator) {
        return evidence.stream()
                .filter(e -> e.region().equals(region) && e.indicator().equals(indicator))
                .toList();
    }

    /** The replies on one answer, in the order they were written. */
    public List<Reply> repliesOn(String region, String indicator) {
        return replies.stream()
                .filter(r -> r.region().equals(region) && r.indicator().equals(indicator))
                .toList();
    }

    /** A region's score on a category of an axis; the overall has axis and category {@value #OVERALL}. */
    public record Score(String region, String axis, String category, BigDecimal value, int answered, int total) {

        public static final String OVERALL = "";

        public boolean isOverall() {
            return axis.equals(OVERALL);
        }
    }

    /**
     * The same content in canonical order: regions by country then code, answers and scores by region,
     * then by indicator (codebook order) or by axis and category (codebook order, the overall first).
     */
    public ReleaseContent normalized() {
        List<Region> sortedRegions = regions.stream()
                .sorted(Comparator.comparing(Region::countryCode).thenComparing(Region::code))
                .toList();
        Map<String, Integer> regionAt =
                indexOf(sortedRegions.stream().map(Region::code).toList());
        Map<String, Integer> indicatorAt =
                indexOf(indicators.stream().map(Indicator::code).toList());
        Map<String, Integer> axisAt = indexOf(axes.stream().map(Axis::code).toList());
        Map<String, Integer> categoryAt = new HashMap<>();
        axes.forEach(a -> a.categories()
                .forEach(c ->
                        categoryAt.put(a.code() + "/" + c.code(), a.categories().indexOf(c))));
        List<Answer> sortedAnswers = answers.stream()
                .sorted(Comparator.<Answer>comparingInt(a -> regionAt.get(a.region()))
                        .thenComparingInt(a -> indicatorAt.get(a.indicator())))
                .toList();
        List<Score> sortedScores = scores.stream()
                .sorted(Comparator.<Score>comparingInt(s -> regionAt.get(s.region()))
                        .thenComparingInt(s -> s.isOverall() ? -1 : axisAt.get(s.axis()))
                        .thenComparingInt(s -> s.isOverall() ? -1 : categoryAt.get(s.axis() + "/" + s.category())))
                .toList();
        List<Reply> sortedReplies = replies.stream()
                .sorted(Comparator.<Reply>comparingInt(r -> regionAt.get(r.region()))
                        .thenComparingInt(r -> indicatorAt.get(r.indicator())))
                .toList();
        List<Evidence> sortedEvidence = evidence.stream()
                .sorted(Comparator.<Evidence>comparingInt(e -> regionAt.get(e.region()))
                        .thenComparingInt(e -> indicatorAt.get(e.indicator())))
                .toList();
        return new ReleaseContent(
                header,
                axes,
                indicators,
                sortedRegions,
                sortedAnswers,
                sortedScores,
                translations,
                sortedReplies,
                sortedEvidence);
    }

    private static Map<String, Integer> indexOf(List<String> codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        return index;
    }

    /** The frame scoring needs, from the frozen codebook. */
    public Scoring.Frame frame() {
        return new Scoring.Frame(
                axes.stream()
                        .map(a -> new Scoring.Frame.Axis(
                                a.code(),
                                a.categories().stream().map(Category::code).toList()))
                        .toList(),
                indicators.stream()
                        .map(i -> new Scoring.Frame.Indicator(i.code(), i.categoryByAxis()))
                        .toList());
    }
}
