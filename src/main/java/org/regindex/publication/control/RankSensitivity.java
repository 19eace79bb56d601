package org.regindex.publication.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.regindex.release.entity.ReleaseContent;

/**
 * How much each region's rank depends on the aggregation (the robustness step of the OECD/JRC Handbook on
 * composite indicators). Inputs are what a release publishes: the policy-area (first axis) scores to two decimals
 * and the indicator scores. Alternatives: the geometric mean of the areas (of score + 1, minus 1, since one 0 would
 * make any product 0), the plain mean of the indicator scores (each area weighs by its answered indicators), and
 * each area left out in turn. A Monte Carlo run draws one weight per area uniformly within ±25 % of equal and
 * ranks by the weighted mean; 1,000 runs from a fixed seed give each region its median rank and 5th–95th
 * percentile interval. Ranks are best first, equal values sharing a rank (1, 2, 2, 4), values compared to six
 * decimals. The same content gives the same numbers, always.
 */
public final class RankSensitivity {

    public static final int RUNS = 1000;
    public static final long SEED = 20261202L;
    public static final double WEIGHT_SPREAD = 0.25;
    public static final double GEOMETRIC_OFFSET = 1.0;

    /** An alternative aggregation: {@code geometric}, {@code indicators}, or {@code without} one area. */
    public record Alternative(String code, String area) {

        /** The column name of the CSV: {@code rank_geometric}, {@code rank_without_LAB}. */
        public String column() {
            return "rank_" + code + (area == null ? "" : "_" + area);
        }
    }

    /** A region's published rank, its rank under each alternative (absent when it has no score there), and its interval. */
    public record RegionRanks(
            String region,
            int rank,
            Map<Alternative, Integer> alternativeRanks,
            int medianRank,
            int lowRank,
            int highRank) {

        /** The alternative's rank minus the published one (positive: lower down); 0 when absent. */
        public int shift(Alternative alternative) {
            Integer other = alternativeRanks.get(alternative);
            return other == null ? 0 : other - rank;
        }
    }

    public record Result(List<Alternative> alternatives, List<RegionRanks> regions) {}

    private RankSensitivity() {}

    public static Result of(ReleaseContent content) {
        if (content.axes().isEmpty()) {
            return new Result(List.of(), List.of());
        }
        ReleaseContent.Axis first = content.axes().get(0);
        List<String> areas =
                first.categories().stream().map(ReleaseContent.Category::code).toList();
        Map<String, Double> published = new LinkedHashMap<>();
        Map<String, double[]> areaScores = new LinkedHashMap<>();
        for (ReleaseContent.Score score : content.scores()) {
            if (score.value() == null) {
                continue;
            }
            if (score.isOverall()) {
                published.put(score.region(), score.value().doubleValue());
            }
        }
        published.keySet().forEach(region -> {
            double[] values = new double[areas.size()];
            Arrays.fill(values, Double.NaN);
            areaScores.put(region, values);
        });
        for (ReleaseContent.Score score : content.scores()) {
            double[] values = areaScores.get(score.region());
            if (values != null && score.value() != null && score.axis().equals(first.code())) {
                values[areas.indexOf(score.category())] = score.value().doubleValue();
            }
        }
        Map<String, Integer> rank = ranks(published);
        List<Alternative> alternatives = new ArrayList<>();
        List<Map<String, Integer>> alternativeRanks = new ArrayList<>();
        alternatives.add(new Alternative("geometric", null));
        alternativeRanks.add(ranks(each(areaScores, RankSensitivity::geometric)));
        alternatives.add(new Alternative("indicators", null));
        alternativeRanks.add(ranks(indicatorMeans(content, first.code(), published.keySet())));
        for (int a = 0; a < areas.size(); a++) {
            int left = a;
            alternatives.add(new Alternative("without", areas.get(a)));
            alternativeRanks.add(ranks(each(areaScores, values -> weighted(values, i -> i == left ? 0 : 1))));
        }
        Map<String, int[]> runs = monteCarlo(areaScores, areas.size());
        List<RegionRanks> regions = new ArrayList<>();
        for (String region : published.keySet()) {
            Map<Alternative, Integer> byAlternative = new LinkedHashMap<>();
            for (int i = 0; i < alternatives.size(); i++) {
                Integer r = alternativeRanks.get(i).get(region);
                if (r != null) {
                    byAlternative.put(alternatives.get(i), r);
                }
            }
            int[] sorted = runs.get(region);
            regions.add(new RegionRanks(
                    region,
                    rank.get(region),
                    byAlternative,
                    percentile(sorted, 0.5),
                    percentile(sorted, 0.05),
                    percentile(sorted, 0.95)));
        }
        regions.sort(Comparator.comparingInt(RegionRanks::rank).thenComparing(RegionRanks::region));
        return new Result(List.copyOf(alternatives), List.copyOf(regions));
    }

    private interface Aggregate {
        /** The region's value, or NaN when it has none. */
        double of(double[] areaScores);
    }

    private interface Weight {
        double of(int area);
    }

    private static Map<String, Double> each(Map<String, double[]> areaScores, Aggregate aggregate) {
        Map<String, Double> values = new LinkedHashMap<>();
        areaScores.forEach((region, scores) -> values.put(region, aggregate.of(scores)));
        return values;
    }

    private static double geometric(double[] scores) {
        double logSum = 0;
        int n = 0;
        for (double score : scores) {
            if (!Double.isNaN(score)) {
                logSum += Math.log(score + GEOMETRIC_OFFSET);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n) - GEOMETRIC_OFFSET;
    }

    private static double weighted(double[] scores, Weight weight) {
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i]) && weight.of(i) > 0) {
                sum += scores[i] * weight.of(i);
                weights += weight.of(i);
            }
        }
        return weights == 0 ? Double.NaN : sum / weights;
    }

    private static Map<String, Double> indicatorMeans(ReleaseContent content, String axis, Set<String> regions) {
        Set<String> onTheAxis = content.indicators().stream()
                .filter(i -> i.categoryByAxis().containsKey(axis))
                .map(ReleaseContent.Indicator::code)
                .collect(Collectors.toSet());
        Map<String, double[]> sums = new LinkedHashMap<>();
        regions.forEach(region -> sums.put(region, new double[2]));
        for (ReleaseContent.Answer answer : content.answers()) {
            double[] sum = sums.get(answer.region());
            if (sum != null && answer.score() != null && onTheAxis.contains(answer.indicator())) {
                sum[0] += answer.score();
                sum[1]++;
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((region, sum) -> means.put(region, sum[1] == 0 ? Double.NaN : sum[0] / sum[1]));
        return means;
    }

    private static Map<String, int[]> monteCarlo(Map<String, double[]> areaScores, int areas) {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, int[]> runs = new LinkedHashMap<>();
        areaScores.keySet().forEach(region -> runs.put(region, new int[RUNS]));
        double[] weights = new double[areas];
        for (int run = 0; run < RUNS; run++) {
            for (int a = 0; a < areas; a++) {
                weights[a] = random.nextDouble(1 - WEIGHT_SPREAD, 1 + WEIGHT_SPREAD);
            }
            Map<String, Integer> ranked = ranks(each(areaScores, values -> weighted(values, a -> weights[a])));
            int at = run;
            ranked.forEach((region, r) -> runs.get(region)[at] = r);
        }
        runs.values().forEach(Arrays::sort);
        return runs;
    }

    /** Nearest-rank percentile of sorted ranks. */
    private static int percentile(int[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Best first, equal values (to six decimals) sharing a rank; regions without a value get none. */
    static Map<String, Integer> ranks(Map<String, Double> values) {
        List<Map.Entry<String, BigDecimal>> ranked = values.entrySet().stream()
                .filter(e -> !Double.isNaN(e.getValue()))
                .map(e -> Map.entry(e.getKey(), BigDecimal.valueOf(e.getValue()).setScale(6, RoundingMode.HALF_UP)))
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0
                    && ranked.get(i).getValue().compareTo(ranked.get(i - 1).getValue()) == 0;
            ranks.put(ranked.get(i).getKey(), tie ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
