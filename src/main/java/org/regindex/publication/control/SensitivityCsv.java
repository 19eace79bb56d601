package org.regindex.publication.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A release's rank sensitivity as CSV (RFC 4180, CRLF line ends): per region its published rank, the Monte Carlo
 * median and 5th–95th percentile ranks, and its rank under each alternative (empty where it has no score there).
 * Every value is a code or a whole number, so none needs quoting.
 */
public final class SensitivityCsv {

    private SensitivityCsv() {}

    public static String csv(RankSensitivity.Result result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("region", "rank", "median_rank", "rank_p05", "rank_p95"));
        result.alternatives().forEach(a -> header.add(a.column()));
        csv.append(String.join(",", header)).append("\r\n");
        for (RankSensitivity.RegionRanks region : result.regions()) {
            List<String> row = new ArrayList<>(List.of(
                    region.region(),
                    Integer.toString(region.rank()),
                    Integer.toString(region.medianRank()),
                    Integer.toString(region.lowRank()),
                    Integer.toString(region.highRank())));
            for (RankSensitivity.Alternative alternative : result.alternatives()) {
                Integer rank = region.alternativeRanks().get(alternative);
                row.add(rank == null ? "" : rank.toString());
            }
            csv.append(String.join(",", row)).append("\r\n");
        }
        return csv.toString();
    }
}
