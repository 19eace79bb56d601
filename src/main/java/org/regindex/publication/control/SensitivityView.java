package org.regindex.publication.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A release's rank sensitivity as the open-data API sends it: alternatives by their CSV column names. */
public record SensitivityView(
        String version, int runs, long seed, double weightSpread, List<String> alternatives, List<Region> regions) {

    /** One region: published rank, Monte Carlo median and 5th–95th percentile, and rank per alternative. */
    public record Region(
            String region, int rank, int medianRank, int rankP05, int rankP95, Map<String, Integer> alternativeRanks) {}

    public static SensitivityView of(String version, RankSensitivity.Result result) {
        return new SensitivityView(
                version,
                RankSensitivity.RUNS,
                RankSensitivity.SEED,
                RankSensitivity.WEIGHT_SPREAD,
                result.alternatives().stream()
                        .map(RankSensitivity.Alternative::column)
                        .toList(),
                result.regions().stream()
                        .map(r -> {
                            Map<String, Integer> ranks = new LinkedHashMap<>();
                            r.alternativeRanks().forEach((a, rank) -> ranks.put(a.column(), rank));
                            return new Region(r.region(), r.rank(), r.medianRank(), r.lowRank(), r.highRank(), ranks);
                        })
                        .toList());
    }
}
