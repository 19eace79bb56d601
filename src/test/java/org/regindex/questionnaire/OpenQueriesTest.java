package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.questionnaire.control.OpenQueries;
import org.regindex.questionnaire.control.OpenQueries.Kind;
import org.regindex.questionnaire.control.OpenQueries.Resolution;
import org.regindex.questionnaire.control.OpenQueries.Said;
import org.regindex.questionnaire.control.OpenQueries.Waiting;
import org.regindex.questionnaire.entity.CommentKind;

class OpenQueriesTest {

    private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");

    private static Said said(CommentKind kind, String author, Capacity capacity, int hours) {
        return new Said(kind, author, capacity, T.plus(Duration.ofHours(hours)));
    }

    @Test
    void anOpenChangeRequestWaitsForTheExpertSinceTheRequest() {
        List<Said> thread = List.of(
                said(CommentKind.COMMENT, "expert1", Capacity.EXPERT, 0),
                said(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, 2),
                said(CommentKind.COMMENT, "expert1", Capacity.EXPERT, 5));
        assertEquals(
                Optional.of(
                        new Waiting(Kind.CHANGE_REQUEST, "reviewer1", Capacity.EXPERT, T.plus(Duration.ofHours(2)))),
                OpenQueries.waiting(true, thread));
    }

    @Test
    void aCommentWaitsForTheOtherSideSinceTheFirstUnansweredOne() {
        List<Said> thread = List.of(
                said(CommentKind.COMMENT, "expert1", Capacity.EXPERT, 0),
                said(CommentKind.COMMENT, "reviewer1", Capacity.REVIEWER, 3),
                said(CommentKind.COMMENT, "coordinator", Capacity.COORDINATOR, 4));
        assertEquals(
                Optional.of(new Waiting(
                        Kind.UNANSWERED_COMMENT, "coordinator", Capacity.EXPERT, T.plus(Duration.ofHours(3)))),
                OpenQueries.waiting(false, thread));
        List<Said> expertLast = List.of(
                said(CommentKind.COMMENT, "reviewer1", Capacity.REVIEWER, 0),
                said(CommentKind.COMMENT, "expert1", Capacity.EXPERT, 1));
        assertEquals(
                Capacity.REVIEWER,
                OpenQueries.waiting(false, expertLast).orElseThrow().mustAct());
    }

    @Test
    void aResolvedOrEmptyThreadWaitsForNobody() {
        List<Said> resolved = List.of(
                said(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, 0),
                said(CommentKind.RESOLVED, "reviewer1", Capacity.REVIEWER, 30));
        assertEquals(Optional.empty(), OpenQueries.waiting(false, resolved));
        assertEquals(Optional.empty(), OpenQueries.waiting(false, List.of()));
    }

    @Test
    void resolutionsPairEachRequestWithTheResolutionAfterIt() {
        List<Said> thread = List.of(
                said(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, 0),
                said(CommentKind.COMMENT, "expert1", Capacity.EXPERT, 1),
                said(CommentKind.RESOLVED, "reviewer1", Capacity.REVIEWER, 10),
                said(CommentKind.CHANGE_REQUESTED, "reviewer2", Capacity.REVIEWER, 20),
                said(CommentKind.RESOLVED, "reviewer2", Capacity.REVIEWER, 24),
                said(CommentKind.CHANGE_REQUESTED, "reviewer2", Capacity.REVIEWER, 30));
        assertEquals(
                List.of(
                        new Resolution("reviewer1", Duration.ofHours(10)),
                        new Resolution("reviewer2", Duration.ofHours(4))),
                OpenQueries.resolutions(thread));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(Optional.empty(), OpenQueries.median(List.of()));
        assertEquals(
                Optional.of(Duration.ofHours(3)),
                OpenQueries.median(List.of(Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(3))));
        assertEquals(
                Optional.of(Duration.ofHours(5)),
                OpenQueries.median(
                        List.of(Duration.ofHours(8), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(6))));
    }
}
