package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.questionnaire.control.OpenQueries;
import org.regindex.questionnaire.control.OpenQueries.Resolution;
import org.regindex.questionnaire.control.OpenQueries.Said;
import org.regindex.questionnaire.control.ReviewThreads;
import org.regindex.questionnaire.entity.ReviewThread;

/** The coordinators' view of a cycle's open queries (the rules are {@link OpenQueries}). */
@RequestScoped
public class OpenQueryDesk {

    /** One thread that waits, as the view lists it; {@code mustActPeople} are the assigned user names. */
    public record OpenQuery(
            String region,
            String regionName,
            String indicator,
            OpenQueries.Kind kind,
            String askedBy,
            Capacity mustAct,
            String mustActPeople,
            Instant since) {}

    /** The open queries, oldest first, and the median time to resolve a change request, overall and by reviewer. */
    public record Overview(
            List<OpenQuery> open, Optional<Duration> medianToResolve, Map<String, Duration> medianByReviewer) {}

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    ReviewThreads threads;

    @Inject
    Assignments assignments;

    @Transactional
    public Overview of(String cycleCode) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(cycleCode);
        Map<String, List<Assignment>> people = assignments.of(cycle).stream()
                .collect(Collectors.groupingBy(assignment -> assignment.region().code()));
        List<OpenQuery> open = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        for (ReviewThread thread : threads.ofCycle(cycle)) {
            List<Said> said = thread.comments().stream()
                    .map(comment ->
                            new Said(comment.kind(), comment.author(), comment.authorCapacity(), comment.createdAt()))
                    .toList();
            resolutions.addAll(OpenQueries.resolutions(said));
            String region = thread.questionnaire().region().code();
            OpenQueries.waiting(thread.changeRequested(), said)
                    .ifPresent(waiting -> open.add(new OpenQuery(
                            region,
                            thread.questionnaire().region().name(),
                            thread.indicator().code(),
                            waiting.kind(),
                            waiting.askedBy(),
                            waiting.mustAct(),
                            assigned(people.getOrDefault(region, List.of()), waiting.mustAct()),
                            waiting.since())));
        }
        open.sort(Comparator.comparing(OpenQuery::since));
        Map<String, Duration> byReviewer = new TreeMap<>();
        resolutions.stream()
                .collect(Collectors.groupingBy(
                        Resolution::reviewer, Collectors.mapping(Resolution::took, Collectors.toList())))
                .forEach((reviewer, took) -> OpenQueries.median(took).ifPresent(m -> byReviewer.put(reviewer, m)));
        return new Overview(
                open,
                OpenQueries.median(resolutions.stream().map(Resolution::took).toList()),
                byReviewer);
    }

    private static String assigned(List<Assignment> assignments, Capacity capacity) {
        AssignmentRole role = capacity == Capacity.EXPERT ? AssignmentRole.EXPERT : AssignmentRole.REVIEWER;
        return assignments.stream()
                .filter(assignment -> assignment.role() == role)
                .map(Assignment::username)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
