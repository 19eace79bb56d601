package org.regindex.questionnaire.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.entity.Attention;
import org.regindex.questionnaire.entity.QuestionnaireState;

/** One region of a cycle as the coordinator's dashboard shows it: who works on it and how far it is. */
public record RegionProgress(
        String regionCode,
        String regionName,
        String countryCode,
        List<String> experts,
        List<String> reviewers,
        List<String> governmentContacts,
        QuestionnaireState questionnaireState,
        String state,
        int percentAnswered,
        int openChangeRequests,
        int lowConfidence,
        long daysLeft,
        boolean overdue,
        Attention attention) {

    /**
     * Where a region's questionnaire stands: its state, the state as people read it, the share answered (0-100),
     * open change requests, answers its experts are not sure of.
     */
    public record Standing(
            QuestionnaireState state, String label, int percentAnswered, int openChangeRequests, int lowConfidence) {

        public Standing(QuestionnaireState state, String label, int percentAnswered, int openChangeRequests) {
            this(state, label, percentAnswered, openChangeRequests, 0);
        }
    }

    /** What needs the coordinator first (see Attention), then in the order given. */
    public static final Comparator<RegionProgress> NEEDS_FIRST =
            Comparator.comparing(RegionProgress::attention, Attention.NEEDS_FIRST);

    public RegionProgress {
        experts = List.copyOf(experts);
        reviewers = List.copyOf(reviewers);
        governmentContacts = List.copyOf(governmentContacts);
    }

    /**
     * One row per region, in the order given, with the people assigned to each and its questionnaire's
     * standing; overdue only while the cycle is open.
     */
    public static List<RegionProgress> of(
            List<Region> regions,
            List<Assignment> assignments,
            Function<Region, Standing> standing,
            LocalDate deadline,
            boolean cycleOpen,
            LocalDate today) {
        return of(regions, assignments, standing, state -> deadline, cycleOpen, today);
    }

    /** {@code deadlineOf} gives the deadline a questionnaire in a state is late against (its step's). */
    public static List<RegionProgress> of(
            List<Region> regions,
            List<Assignment> assignments,
            Function<Region, Standing> standing,
            Function<QuestionnaireState, LocalDate> deadlineOf,
            boolean cycleOpen,
            LocalDate today) {
        return regions.stream()
                .map(region -> {
                    Standing questionnaire = standing.apply(region);
                    long daysLeft = Deadline.daysLeft(deadlineOf.apply(questionnaire.state()), today);
                    return new RegionProgress(
                            region.code(),
                            region.name(),
                            region.countryCode(),
                            people(assignments, region, AssignmentRole.EXPERT),
                            people(assignments, region, AssignmentRole.REVIEWER),
                            people(assignments, region, AssignmentRole.GOVERNMENT),
                            questionnaire.state(),
                            questionnaire.label(),
                            questionnaire.percentAnswered(),
                            questionnaire.openChangeRequests(),
                            questionnaire.lowConfidence(),
                            daysLeft,
                            Attention.overdue(questionnaire.state(), cycleOpen, daysLeft),
                            Attention.of(questionnaire.state(), cycleOpen, daysLeft));
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

    /** The same rows with what needs the coordinator first; a stable sort keeps the order given within each. */
    public static List<RegionProgress> needsFirst(List<RegionProgress> rows) {
        return rows.stream().sorted(NEEDS_FIRST).toList();
    }

    /** The counts at the top of the dashboard. */
    public static CycleStanding standing(List<RegionProgress> rows, boolean cycleOpen) {
        Map<QuestionnaireState, Long> daysLeft = new EnumMap<>(QuestionnaireState.class);
        rows.forEach(row -> daysLeft.put(row.questionnaireState(), row.daysLeft()));
        return CycleStanding.of(
                rows.stream().map(RegionProgress::questionnaireState).toList(),
                cycleOpen,
                state -> daysLeft.getOrDefault(state, 0L));
    }

    /** For sorting and filtering by a column of names. */
    public String expertNames() {
        return String.join(", ", experts);
    }

    public String reviewerNames() {
        return String.join(", ", reviewers);
    }
}
