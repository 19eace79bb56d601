package org.regindex.release.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Category;
import org.regindex.release.entity.ReleaseContent.Indicator;
import org.regindex.release.entity.ReleaseContent.Option;
import org.regindex.release.entity.Scoring;

/**
 * The scoring rule at work on a release's own codebook: a made-up region answers a few indicators of the
 * first two categories of the first axis (one of them "not applicable" where the codebook allows it), and
 * {@link Scoring} scores it as it scored the release. Nothing here is computed by hand except the
 * mean of the rounded category scores, shown only where it differs from the rule's overall.
 */
public record WorkedExample(ReleaseContent.Axis axis, List<Step> steps, BigDecimal overall, BigDecimal roundedMean) {

    static final String REGION = "example";
    static final int CATEGORIES = 2;

    /** One answer: the option chosen, or none for "not applicable". */
    public record Line(Indicator indicator, Option option) {

        public boolean notApplicable() {
            return option == null;
        }
    }

    /** A category of the first axis: its answers and the score {@link Scoring} gives it. */
    public record Step(Category category, List<Line> lines, BigDecimal score) {

        public List<Line> answered() {
            return lines.stream().filter(l -> !l.notApplicable()).toList();
        }

        /** "(100 + 50 + 50) / 3": the sum the category score is the mean of, in integers. */
        public String sum() {
            List<Line> answered = answered();
            return "("
                    + answered.stream()
                            .map(l -> Integer.toString(l.option().score()))
                            .collect(Collectors.joining(" + "))
                    + ") / " + answered.size();
        }
    }

    /** The example, or empty when the first axis has no category with an indicator in it. */
    public static Optional<WorkedExample> of(ReleaseContent content) {
        if (content.axes().isEmpty()) {
            return Optional.empty();
        }
        ReleaseContent.Axis axis = content.axes().get(0);
        List<List<Indicator>> chosen = new ArrayList<>();
        for (Category category : axis.categories()) {
            List<Indicator> in = content.indicators().stream()
                    .filter(i -> category.code().equals(i.categoryByAxis().get(axis.code())))
                    .filter(i -> !i.options().isEmpty())
                    .toList();
            if (!in.isEmpty() && chosen.size() < CATEGORIES) {
                chosen.add(in);
            }
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Indicator notApplicable = chosen.stream()
                .flatMap(List::stream)
                .filter(Indicator::notApplicableAllowed)
                .findFirst()
                .orElse(null);
        List<List<Line>> lines = new ArrayList<>();
        for (int c = 0; c < chosen.size(); c++) {
            lines.add(lines(chosen.get(c), c, notApplicable));
        }
        List<Scoring.Answer> answers = lines.stream()
                .flatMap(List::stream)
                .map(l -> new Scoring.Answer(
                        l.indicator().code(),
                        l.notApplicable() ? null : l.option().score()))
                .toList();
        Scoring.RegionScores scored = Scoring.score(REGION, content.frame(), answers);
        Map<String, Scoring.Score> byCategory = scored.byAxis().get(axis.code());
        List<Step> steps = new ArrayList<>();
        for (List<Line> category : lines) {
            String code = category.get(0).indicator().categoryByAxis().get(axis.code());
            Category named = axis.categories().stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            steps.add(new Step(named, category, byCategory.get(code).value()));
        }
        List<BigDecimal> present =
                steps.stream().map(Step::score).filter(s -> s != null).toList();
        BigDecimal roundedMean = present.isEmpty()
                ? null
                : present.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
        return Optional.of(new WorkedExample(axis, steps, scored.overall().value(), roundedMean));
    }

    /**
     * The answers in one category: the first three indicators, answered with their first option (the first
     * category) or last option (the second) and then their second ones, and the indicator that allows "not
     * applicable" answered so, where it is in this category.
     */
    private static List<Line> lines(List<Indicator> in, int category, Indicator notApplicable) {
        List<Line> lines = new ArrayList<>();
        int answered = category == 0 ? 3 : 2;
        for (Indicator indicator : in) {
            if (indicator.equals(notApplicable)) {
                continue;
            }
            if (lines.size() < answered) {
                List<Option> options = indicator.options();
                int chosen =
                        lines.isEmpty() ? (category == 0 ? 0 : options.size() - 1) : Math.min(1, options.size() - 1);
                lines.add(new Line(indicator, options.get(chosen)));
            }
        }
        if (in.contains(notApplicable)) {
            lines.add(new Line(notApplicable, null));
        }
        return lines;
    }

    public boolean hasNotApplicable() {
        return steps.stream().anyMatch(s -> s.lines().stream().anyMatch(Line::notApplicable));
    }

    /** "(66.67 + 50.00) / 2" over the category scores that exist, each written by {@code number}. */
    public String overallSum(Function<BigDecimal, String> number) {
        List<BigDecimal> present =
                steps.stream().map(Step::score).filter(s -> s != null).toList();
        return "(" + present.stream().map(number).collect(Collectors.joining(" + ")) + ") / " + present.size();
    }

    /** True when averaging the rounded category scores would give another overall than the rule does. */
    public boolean roundingMatters() {
        return overall != null && overall.compareTo(roundedMean) != 0;
    }

    /** The example's categories of the first axis that are left out of it, for saying so. */
    public int otherCategories() {
        return axis.categories().size() - steps.size();
    }
}
