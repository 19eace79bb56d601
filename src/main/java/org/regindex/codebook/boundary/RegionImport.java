package org.regindex.codebook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.control.RegionNames;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/**
 * Bulk regions from a file with the columns code, name, country, and optionally the region's name in other languages
 * ({@code name@de}, {@code name@es}, ...). All or nothing.
 */
@ApplicationScoped
@Transactional
public class RegionImport {

    public static final List<String> COLUMNS = List.of("code", "name", "country");

    @Inject
    Caller caller;

    @Inject
    Regions regions;

    @Inject
    RegionDirectory directory;

    public List<Region> importFile(String fileName, byte[] file) {
        caller.require(Role.COORDINATOR);
        List<ImportProblem> problems = new ArrayList<>();
        List<Records.Row> accepted = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        Grid grid = Spreadsheets.read(fileName, file, "regions");
        Map<Integer, Map<String, String>> names = RegionNames.read(grid, problems);
        for (Records.Row row : Records.read(grid, COLUMNS, RegionNames.COLUMNS)) {
            String code = row.get("code");
            int before = problems.size();
            check(row, "code", () -> Region.checkedCode(code), problems);
            check(row, "name", () -> Region.checkedName(row.get("name")), problems);
            check(row, "country", () -> Region.checkedCountry(row.get("country")), problems);
            if (problems.size() > before) {
                continue;
            }
            Integer earlier = rowOfCode.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.add(row.problem(
                        "code", "The region code " + code + " is used twice (also on row " + earlier + ")."));
            } else if (regions.exists(code)) {
                problems.add(row.problem("code", "A region with code " + code + " exists already."));
            } else {
                accepted.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        return accepted.stream()
                .map(row -> directory.add(
                        row.get("code"),
                        row.get("name"),
                        row.get("country"),
                        names.getOrDefault(row.number(), Map.of())))
                .toList();
    }

    private static void check(Records.Row row, String column, Runnable rule, List<ImportProblem> problems) {
        try {
            rule.run();
        } catch (Refusal broken) {
            problems.add(row.problem(column, broken.getMessage()));
        }
    }
}
