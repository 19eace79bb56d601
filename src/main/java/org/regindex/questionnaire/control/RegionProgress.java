package org.regindex.questionnaire.control;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.Region;

/** One region of a cycle as the coordinator's dashboard shows it: who works on it and how far it is. */
public record RegionProgress(
        String regionCode,
        String regionName,
        String countryCode,
        List<String> experts,
        List<String> reviewers,
        String state,
        int percentAnswered,
        int openChangeRequests,
        long daysLeft) {

    /** Where a region's questionnaire stands: its state as people read it, the share answered (0-100), open change requests. */
    public record Standing(String state, int percentAnswered, int openChangeRequests) {}

    public RegionProgress {
        experts = List.copyOf(experts);
        reviewers = List.copyOf(reviewers);
    }

    /**
     * One row per region, in the order given, with the people assigned to each and its questionnaire's
     * standing.
     */
    public static List<RegionProgress> of(
            List<Region> regions,
            List<Assignment> assignments,
            Function<Region, Standing> standing,
            LocalDate deadline,
            LocalDate today) {
        long daysLeft = Deadline.daysLeft(deadline, today);
        return regions.stream()
                .map(region -> {
                    Standing questionnaire = standing.apply(region);
                    return new RegionProgress(
                            region.code(),
                            region.name(),
                            region.countryCode(),
                            people(assignments, region, AssignmentRole.EXPERT),
                            people(assignments, region, AssignmentRole.REVIEWER),
                            questionnaire.state(),
                            questionnaire.percentAnswered(),
                            questionnaire.openChangeRequests(),
                            daysLeft);
                })
                .toList();
    }

    private static List<String> people(List<Assignment> assignments, Region region, AssignmentRole role) {
        return assignments.stream()
                .filter(a -> a.region().code().equals(region.code()) && a.role() == role)
                .map(Assignment::username)
                .sorted()
                .toList();
    }

    /** For sorting and filtering by a column of names. */
    public String expertNames() {
        return String.join(", ", experts);
    }

    public String reviewerNames() {
        return String.join(", ", reviewers);
    }
}
