package org.regindex.release.entity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregation rule MEAN_OF_FIRST_AXIS_MEANS as a pure function. Indicator score = the chosen
 * option's score; "not applicable" is left out, never counted as 0. Category score = unweighted mean of
 * the region's indicator scores in it; no applicable answer, no score. Overall = unweighted mean of the
 * first axis' category scores that exist. Means are exact fractions, rounded half-up to 2 decimals only
 * at the end, so an overall is never computed from rounded category scores.
 */
public final class Scoring {

    private Scoring() {}

    /**
     * The codebook as scoring needs it: axes with category codes, indicators with their category per axis,
     * and (derived) the indicators of each category, looked up once for every region scored.
     */
    public record Frame(List<Axis> axes, List<Indicator> indicators, Map<String, Map<String, List<String>>> members) {

        public Frame(List<Axis> axes, List<Indicator> indicators) {
            this(axes, indicators, membersOf(axes, indicators));
        }

        private static Map<String, Map<String, List<String>>> membersOf(List<Axis> axes, List<Indicator> indicators) {
            Map<String, Map<String, List<String>>> members = new LinkedHashMap<>();
            for (Axis axis : axes) {
                Map<String, List<String>> byCategory = new LinkedHashMap<>();
                axis.categories().forEach(category -> byCategory.put(category, new ArrayList<>()));
                for (Indicator indicator : indicators) {
                    List<String> category =
                            byCategory.get(indicator.categoryByAxis().get(axis.code()));
                    if (category != null) {
                        category.add(indicator.code());
                    }
                }
                members.put(axis.code(), byCategory);
            }
            return members;
        }

        public record Axis(String code, List<String> categories) {}

        public record Indicator(String code, Map<String, String> categoryByAxis) {}
    }

    /** One region's answer to one indicator: a score, or "not applicable" ({@code score == null}). */
    public record Answer(String indicator, Integer score) {

        public static Answer notApplicable(String indicator) {
            return new Answer(indicator, null);
        }
    }

    /** A score (null when nothing applicable was answered) with its coverage: answered of total. */
    public record Score(BigDecimal value, int answered, int total) {

        public boolean present() {
            return value != null;
        }
    }

    public record RegionScores(String region, Map<String, Map<String, Score>> byAxis, Score overall) {}

    public static RegionScores score(String region, Frame frame, List<Answer> answers) {
        Map<String, Integer> scoreOf = new LinkedHashMap<>();
        answers.stream().filter(a -> a.score() != null).forEach(a -> scoreOf.put(a.indicator(), a.score()));
        Map<String, Map<String, Score>> byAxis = new LinkedHashMap<>();
        Map<String, Fraction> firstAxisMeans = new LinkedHashMap<>();
        for (int a = 0; a < frame.axes().size(); a++) {
            Frame.Axis axis = frame.axes().get(a);
            Map<String, Score> categories = new LinkedHashMap<>();
            for (String category : axis.categories()) {
                List<String> inCategory = frame.members().get(axis.code()).get(category);
                List<Integer> scores = inCategory.stream()
                        .map(scoreOf::get)
                        .filter(s -> s != null)
                        .toList();
                Fraction mean = scores.isEmpty()
                        ? null
                        : Fraction.mean(scores.stream().map(Fraction::of).toList());
                categories.put(
                        category, new Score(mean == null ? null : mean.rounded(), scores.size(), inCategory.size()));
                if (a == 0 && mean != null) {
                    firstAxisMeans.put(category, mean);
                }
            }
            byAxis.put(axis.code(), categories);
        }
        Fraction overall = firstAxisMeans.isEmpty() ? null : Fraction.mean(new ArrayList<>(firstAxisMeans.values()));
        return new RegionScores(
                region,
                byAxis,
                new Score(
                        overall == null ? null : overall.rounded(),
                        scoreOf.size(),
                        frame.indicators().size()));
    }

    /** Ranks by overall score, best first; equal scores share a rank (1, 2, 2, 4); no overall, no rank. */
    public static Map<String, Integer> ranks(List<RegionScores> regions) {
        List<RegionScores> ranked = regions.stream()
                .filter(r -> r.overall().present())
                .sorted((x, y) -> y.overall().value().compareTo(x.overall().value()))
                .toList();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0
                    && ranked.get(i)
                                    .overall()
                                    .value()
                                    .compareTo(ranked.get(i - 1).overall().value())
                            == 0;
            ranks.put(ranked.get(i).region(), tie ? ranks.get(ranked.get(i - 1).region()) : i + 1);
        }
        return ranks;
    }

    /** An exact non-negative rational number. */
    record Fraction(BigInteger numerator, BigInteger denominator) {

        static Fraction of(int value) {
            return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
        }

        static Fraction mean(List<Fraction> values) {
            BigInteger numerator = BigInteger.ZERO;
            BigInteger denominator = BigInteger.ONE;
            for (Fraction value : values) {
                numerator = numerator.multiply(value.denominator).add(value.numerator.multiply(denominator));
                denominator = denominator.multiply(value.denominator);
            }
            return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(values.size())));
        }

        BigDecimal rounded() {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
        }
    }

    /** The rule in words, for a release's metadata ("Methods"); an unknown rule is named as it is. */
    public static String describe(String aggregation, List<ReleaseContent.Axis> axes) {
        if (!"MEAN_OF_FIRST_AXIS_MEANS".equals(aggregation)) {
            return "Scores are aggregated by the rule " + aggregation + " of the codebook.";
        }
        String first = axes.isEmpty()
                ? "the first axis"
                : "the first axis (" + axes.get(0).label() + ")";
        return "Each answer scores the chosen option's points; \"not applicable\" answers are left out, never"
                + " counted as 0. A category's score is the unweighted mean of a region's indicator scores in it,"
                + " and a region's overall score is the unweighted mean of its category scores on " + first
                + ". Means are exact until rounded half-up to two decimals. Rule MEAN_OF_FIRST_AXIS_MEANS.";
    }
}
