package org.regindex.publication.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regindex.release.entity.ReleaseContent;

/**
 * The mean score of a group of regions on each category (and on the overall score) of a release: the arithmetic
 * mean of the scores the regions have there, rounded half up to two decimals as the scores are. A region without a
 * score on a category (nothing answered) is left out of that category's mean, so anyone recomputes it from the
 * published scores file.
 */
public final class CategoryMeans {

    private final Map<String, BigDecimal> byCategory;

    private CategoryMeans(Map<String, BigDecimal> byCategory) {
        this.byCategory = byCategory;
    }

    /** The means of the regions named in {@code regions}. */
    public static CategoryMeans of(Collection<ReleaseContent.Score> scores, Set<String> regions) {
        Map<String, List<BigDecimal>> values = new HashMap<>();
        for (ReleaseContent.Score score : scores) {
            if (regions.contains(score.region()) && score.value() != null) {
                values.computeIfAbsent(key(score.axis(), score.category()), k -> new ArrayList<>())
                        .add(score.value());
            }
        }
        Map<String, BigDecimal> means = new HashMap<>();
        values.forEach((key, list) -> means.put(
                key,
                list.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP)));
        return new CategoryMeans(means);
    }

    /** The mean on one category, empty when none of the regions has a score there. */
    public Optional<BigDecimal> of(String axis, String category) {
        return Optional.ofNullable(byCategory.get(key(axis, category)));
    }

    private static String key(String axis, String category) {
        return axis + "/" + category;
    }
}
