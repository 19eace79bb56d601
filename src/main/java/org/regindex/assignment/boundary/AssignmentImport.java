package org.regindex.assignment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.control.RealmUsers;
import org.regindex.identity.control.UnknownPerson;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/**
 * Bulk assignments from a file with the columns region, username, role (expert, reviewer or government). All or
 * nothing.
 */
@ApplicationScoped
@Transactional
public class AssignmentImport {

    static final List<String> COLUMNS = List.of("region", "username", "role");

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    Assignments assignments;

    @Inject
    CycleTeams teams;

    @Inject
    RealmUsers realm;

    public List<Assignment> importFile(String cycleCode, String fileName, byte[] file) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(cycleCode);
        Map<String, Region> inCycle = new HashMap<>();
        cycle.regions().forEach(region -> inCycle.put(region.code(), region));
        Map<String, Integer> rowOfPerson = new HashMap<>();
        assignments.of(cycle).forEach(a -> rowOfPerson.put(a.region().code() + "/" + a.username(), 0));

        List<ImportProblem> problems = new ArrayList<>();
        List<Records.Row> accepted = new ArrayList<>();
        for (Records.Row row : Records.read(Spreadsheets.read(fileName, file, "assignments"), COLUMNS)) {
            int before = problems.size();
            String region = row.get("region");
            if (!inCycle.containsKey(region)) {
                problems.add(row.problem("region", "The region \"" + region + "\" is not in cycle " + cycleCode + "."));
            }
            if (roleOf(row.get("role")) == null) {
                problems.add(row.problem(
                        "role", "The role must be expert, reviewer or government, not \"" + row.get("role") + "\"."));
            }
            Integer earlier = rowOfPerson.putIfAbsent(region + "/" + row.get("username"), row.number());
            if (earlier != null) {
                problems.add(row.problem(
                        "username",
                        row.get("username") + " has an assignment for " + region
                                + (earlier == 0 ? " in this cycle already" : " on row " + earlier + " too")
                                + "; a person is either expert or reviewer of a region, once."));
            }
            if (problems.size() == before) {
                accepted.add(row);
            }
        }
        // Every name the rules above let through is asked of Keycloak once; while Keycloak cannot answer, the
        // whole import is refused (503) and nothing is stored.
        Set<String> unknown = realm.unknownAmong(accepted.stream()
                .map(row -> row.get("username"))
                .filter(AssignmentImport::isUsername)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        for (Records.Row row : accepted) {
            if (unknown.contains(row.get("username"))) {
                problems.add(row.problem("username", UnknownPerson.message(row.get("username"))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        List<Assignment> stored = new ArrayList<>();
        for (Records.Row row : accepted) {
            try {
                stored.add(teams.assign(cycleCode, row.get("region"), row.get("username"), roleOf(row.get("role"))));
            } catch (Refusal refused) {
                problems.add(row.problem("username", refused.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        return stored;
    }

    private static boolean isUsername(String text) {
        try {
            Assignment.requireUsername(text);
            return true;
        } catch (Refusal notAName) {
            return false; // its row is refused below with the reason
        }
    }

    private static AssignmentRole roleOf(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "expert" -> AssignmentRole.EXPERT;
            case "reviewer" -> AssignmentRole.REVIEWER;
            case "government" -> AssignmentRole.GOVERNMENT;
            default -> null;
        };
    }
}
