package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.regindex.publication.control.SideBySide;
import org.regindex.publication.control.Views;
import org.regindex.release.entity.ReleaseContent;

/** Two regions of a release indicator by indicator: {@code side-by-side.xhtml?release=1.0&a=ES51&b=ITF3&only=differences}. */
@Named
@RequestScoped
public class SideBySideBacking extends ReleasePage {

    private String a;
    private String b;
    private boolean onlyDifferences;
    private List<SideBySide.Line> lines;
    private long differences;
    private int total;
    private Views.RegionRow rowA;
    private Views.RegionRow rowB;

    @Override
    protected void prepare() {
        List<ReleaseContent.Region> regions = content.regions();
        a = known(Explorer.parameter("a"), regions)
                .orElse(regions.isEmpty() ? null : regions.get(0).code());
        b = known(Explorer.parameter("b"), regions)
                .orElse(regions.stream()
                        .map(ReleaseContent.Region::code)
                        .filter(code -> !code.equals(a))
                        .findFirst()
                        .orElse(a));
        if (a == null) {
            return;
        }
        onlyDifferences = "differences".equals(Explorer.parameter("only"));
        List<SideBySide.Line> all = SideBySide.lines(content, a, b);
        total = all.size();
        differences = all.stream().filter(SideBySide.Line::differs).count();
        lines = onlyDifferences ? all.stream().filter(SideBySide.Line::differs).toList() : all;
        Views.ScoreTable overall = Views.scores(content, release.digest(), "overall");
        rowA = overall.regions().stream()
                .filter(r -> r.region().equals(a))
                .findFirst()
                .orElseThrow();
        rowB = overall.regions().stream()
                .filter(r -> r.region().equals(b))
                .findFirst()
                .orElseThrow();
    }

    private static Optional<String> known(String code, List<ReleaseContent.Region> regions) {
        return regions.stream()
                .map(ReleaseContent.Region::code)
                .filter(c -> c.equals(code))
                .findFirst();
    }

    public List<ReleaseContent.Region> getRegions() {
        return content == null ? List.of() : content.regions();
    }

    public List<SideBySide.Line> getLines() {
        return lines;
    }

    public int getTotal() {
        return total;
    }

    public long getDifferences() {
        return differences;
    }

    public Views.RegionRow getRowA() {
        return rowA;
    }

    public Views.RegionRow getRowB() {
        return rowB;
    }

    public String overall(Views.RegionRow row) {
        return explorer.format().score(row.overall());
    }

    public String getA() {
        return a;
    }

    public String getB() {
        return b;
    }

    public boolean isOnlyDifferences() {
        return onlyDifferences;
    }

    public String score(Integer score) {
        return score == null ? "" : score.toString();
    }
}
