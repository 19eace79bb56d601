package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regindex.publication.control.RankSensitivity;
import org.regindex.release.entity.ReleaseContent;

/** How robust a release's ranks are: each region's rank interval and its rank under each alternative aggregation. */
@Named
@RequestScoped
public class SensitivityBacking extends ReleasePage {

    /** One rank under an alternative, with its shift from the published rank ("+2", "−1", "" when none). */
    public record Shifted(String rank, String shift) {}

    /** A table row; {@code from} and {@code width} place the interval on a 0–100 % track, {@code at} the median. */
    public record Row(
            String region,
            String name,
            int rank,
            int median,
            int low,
            int high,
            String from,
            String width,
            String at,
            List<Shifted> alternatives) {}

    private List<String> alternatives;
    private List<Row> rows;

    @Override
    protected void prepare() {
        RankSensitivity.Result result = RankSensitivity.of(content);
        Map<String, String> names = content.regions().stream()
                .collect(Collectors.toMap(ReleaseContent.Region::code, ReleaseContent.Region::name));
        Map<String, String> areas = content.axes().isEmpty()
                ? Map.of()
                : content.axes().get(0).categories().stream()
                        .collect(Collectors.toMap(ReleaseContent.Category::code, ReleaseContent.Category::label));
        alternatives = result.alternatives().stream()
                .map(a -> a.area() == null
                        ? language.text("sensitivity." + a.code())
                        : language.format("sensitivity.without", areas.getOrDefault(a.area(), a.area())))
                .toList();
        int ranked = Math.max(2, result.regions().size());
        Function<Integer, String> position = rank -> percent((rank - 1) * 100.0 / (ranked - 1));
        rows = new ArrayList<>();
        for (RankSensitivity.RegionRanks region : result.regions()) {
            List<Shifted> shifted = result.alternatives().stream()
                    .map(a -> region.alternativeRanks().containsKey(a)
                            ? new Shifted(region.alternativeRanks().get(a).toString(), shift(region.shift(a)))
                            : new Shifted("–", ""))
                    .toList();
            rows.add(new Row(
                    region.region(),
                    names.getOrDefault(region.region(), region.region()),
                    region.rank(),
                    region.medianRank(),
                    region.lowRank(),
                    region.highRank(),
                    position.apply(region.lowRank()),
                    percent((region.highRank() - region.lowRank()) * 100.0 / (ranked - 1)),
                    position.apply(region.medianRank()),
                    shifted));
        }
    }

    private static String shift(int by) {
        return by == 0 ? "±0" : by > 0 ? "+" + by : "\u2212" + Math.abs(by);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public List<String> getAlternatives() {
        return alternatives;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getRuns() {
        return RankSensitivity.RUNS;
    }
}
