package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.publication.control.Views;
import org.regindex.release.entity.ReleaseContent;

/** An indicator in a release: the question, its options with their scores, and every region's answer. */
@Named
@RequestScoped
public class IndicatorBacking extends ReleasePage {

    /** How many regions chose an option (or "not applicable", code null). */
    public record Count(String code, String label, Integer score, long regions) {}

    private Views.IndicatorAcross across;
    private List<Count> counts;
    private List<String> categories;

    @Override
    protected void prepare() {
        String code = Explorer.parameter("indicator");
        across = code == null
                ? null
                : Views.indicator(content, release.digest(), code).orElse(null);
        if (across == null) {
            Explorer.notFound();
            return;
        }
        Map<String, Long> chosen = across.regions().stream()
                .collect(Collectors.groupingBy(
                        r -> r.answer().notApplicable() || r.answer().option() == null
                                ? ""
                                : r.answer().option(),
                        Collectors.counting()));
        counts = across.indicator().options().stream()
                .map(o -> new Count(o.code(), o.label(), o.score(), chosen.getOrDefault(o.code(), 0L)))
                .collect(Collectors.toList());
        if (chosen.containsKey("")) {
            counts.add(new Count(null, language.text("answer.notApplicable"), null, chosen.get("")));
        }
        categories = content.axes().stream()
                .map(axis -> axis.label() + ": "
                        + axis.categories().stream()
                                .filter(c -> c.code()
                                        .equals(across.indicator()
                                                .categoryByAxis()
                                                .get(axis.code())))
                                .map(ReleaseContent.Category::label)
                                .findFirst()
                                .orElse(""))
                .toList();
    }

    public Views.IndicatorAcross getAcross() {
        return across;
    }

    public List<Count> getCounts() {
        return counts;
    }

    /** "Policy area: Labour market" and so on, one per axis. */
    public List<String> getCategories() {
        return categories;
    }

    /** The indicators of the release, for the selector. */
    public List<ReleaseContent.Indicator> getIndicators() {
        return content == null ? List.of() : content.indicators();
    }

    public String score(Integer score) {
        return score == null ? "" : score.toString();
    }
}
