package org.regindex.questionnaire.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.regindex.codebook.entity.Axis;
import org.regindex.codebook.entity.Category;
import org.regindex.codebook.entity.Indicator;

/** The questionnaire divided by the categories of one axis, each with its progress. */
public final class Sections {

    public record Section(String code, String label, List<Indicator> indicators, int complete) {

        public int total() {
            return indicators.size();
        }

        public int percent() {
            return total() == 0 ? 0 : complete * 100 / total();
        }
    }

    private Sections() {}

    public static List<Section> of(Axis axis, List<Indicator> indicators, Predicate<Indicator> complete) {
        return of(axis, indicators, complete, Category::label);
    }

    /** The sections, each named by {@code labels} (the category's label in the reader's language). */
    public static List<Section> of(
            Axis axis, List<Indicator> indicators, Predicate<Indicator> complete, Function<Category, String> labels) {
        List<Section> sections = new ArrayList<>();
        for (Category category : axis.categories()) {
            List<Indicator> inCategory = indicators.stream()
                    .filter(indicator ->
                            indicator.categoryOn(axis.code()).code().equals(category.code()))
                    .toList();
            sections.add(new Section(category.code(), labels.apply(category), inCategory, (int)
                    inCategory.stream().filter(complete).count()));
        }
        return sections;
    }
}
