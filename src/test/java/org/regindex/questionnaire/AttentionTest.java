package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regindex.questionnaire.entity.QuestionnaireState.APPROVED;
import static org.regindex.questionnaire.entity.QuestionnaireState.CHANGES_REQUESTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.IN_PROGRESS;
import static org.regindex.questionnaire.entity.QuestionnaireState.NOT_STARTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.REVIEWED;
import static org.regindex.questionnaire.entity.QuestionnaireState.SUBMITTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.control.CycleStanding;
import org.regindex.questionnaire.control.RegionProgress;
import org.regindex.questionnaire.control.RegionProgress.Standing;
import org.regindex.questionnaire.entity.Attention;
import org.regindex.questionnaire.entity.QuestionnaireState;

/** What needs the coordinator on the cycle dashboard and their home: approvals first, then what is overdue. */
class AttentionTest {

    private static final long PASSED = -3;
    private static final long TODAY = 0;
    private static final long AHEAD = 10;

    @Test
    void everyStateIsOverdueOncePastTheDeadlineOfAnOpenCycleUntilApproved() {
        for (QuestionnaireState state : QuestionnaireState.values()) {
            assertEquals(state != APPROVED, Attention.overdue(state, true, PASSED), state.name());
            assertFalse(Attention.overdue(state, true, TODAY), "due today is not overdue yet: " + state);
            assertFalse(Attention.overdue(state, true, AHEAD), state.name());
        }
    }

    @Test
    void aClosedCycleIsNeverOverdue() {
        for (QuestionnaireState state : QuestionnaireState.values()) {
            assertFalse(Attention.overdue(state, false, PASSED), state.name());
            assertTrue(Attention.of(state, false, PASSED) != Attention.OVERDUE, state.name());
        }
    }

    @Test
    void aReviewedQuestionnaireWaitsForApprovalEvenWhenLateAndAnApprovedOneIsDone() {
        assertEquals(Attention.AWAITS_APPROVAL, Attention.of(REVIEWED, true, AHEAD));
        assertEquals(Attention.AWAITS_APPROVAL, Attention.of(REVIEWED, true, PASSED));
        assertEquals(Attention.AWAITS_APPROVAL, Attention.of(REVIEWED, false, PASSED));
        assertEquals(Attention.APPROVED, Attention.of(APPROVED, true, PASSED));
        for (QuestionnaireState state : List.of(NOT_STARTED, IN_PROGRESS, SUBMITTED, CHANGES_REQUESTED)) {
            assertEquals(Attention.OVERDUE, Attention.of(state, true, PASSED), state.name());
            assertEquals(Attention.UNDER_WAY, Attention.of(state, true, AHEAD), state.name());
            assertEquals(Attention.UNDER_WAY, Attention.of(state, false, PASSED), state.name());
        }
    }

    @Test
    void aLateQuestionnaireWaitsForTheExpertUntilSubmittedThenTheReviewerThenACoordinator() {
        assertEquals(Capacity.EXPERT, Attention.waitingFor(NOT_STARTED));
        assertEquals(Capacity.EXPERT, Attention.waitingFor(IN_PROGRESS));
        assertEquals(Capacity.EXPERT, Attention.waitingFor(CHANGES_REQUESTED));
        assertEquals(Capacity.REVIEWER, Attention.waitingFor(SUBMITTED));
        assertEquals(Capacity.COORDINATOR, Attention.waitingFor(REVIEWED));
    }

    @Test
    void theDashboardListsApprovalsThenOverdueThenTheRestThenWhatIsApprovedEachInRegionOrder() {
        List<QuestionnaireState> states =
                List.of(APPROVED, IN_PROGRESS, REVIEWED, SUBMITTED, NOT_STARTED, REVIEWED, CHANGES_REQUESTED);
        List<RegionProgress> late = rows(states, true, LocalDate.of(2026, 7, 3));
        assertEquals(
                List.of("ES3", "ES6", "ES2", "ES4", "ES5", "ES7", "ES1"),
                RegionProgress.needsFirst(late).stream()
                        .map(RegionProgress::regionCode)
                        .toList());
        assertEquals(
                List.of(false, true, true, true, true, true, true),
                late.stream().map(RegionProgress::overdue).toList());

        List<RegionProgress> closed = rows(states, false, LocalDate.of(2026, 7, 3));
        assertEquals(
                List.of("ES3", "ES6", "ES2", "ES4", "ES5", "ES7", "ES1"),
                RegionProgress.needsFirst(closed).stream()
                        .map(RegionProgress::regionCode)
                        .toList());
        assertTrue(closed.stream().noneMatch(RegionProgress::overdue));
        assertTrue(closed.stream().noneMatch(row -> row.attention() == Attention.OVERDUE));
    }

    @Test
    void theCountsAtTheTopGiveEveryStateAndWhatNeedsTheCoordinator() {
        List<QuestionnaireState> states =
                List.of(APPROVED, IN_PROGRESS, REVIEWED, SUBMITTED, NOT_STARTED, REVIEWED, CHANGES_REQUESTED);
        CycleStanding late = RegionProgress.standing(rows(states, true, LocalDate.of(2026, 7, 3)), true);
        assertEquals(
                Map.of(
                        NOT_STARTED,
                        1,
                        IN_PROGRESS,
                        1,
                        SUBMITTED,
                        1,
                        CHANGES_REQUESTED,
                        1,
                        REVIEWED,
                        2,
                        QuestionnaireState.COUNTRY_APPROVED,
                        0,
                        APPROVED,
                        1),
                late.perState());
        assertEquals(2, late.awaitingApproval());
        assertEquals(6, late.overdue());
        assertTrue(late.needsCoordinator());

        CycleStanding inTime = CycleStanding.of(states, true, AHEAD);
        assertEquals(2, inTime.awaitingApproval());
        assertEquals(0, inTime.overdue());

        CycleStanding closed = CycleStanding.of(states, false, PASSED);
        assertEquals(0, closed.overdue());
        assertEquals(2, closed.awaitingApproval());

        CycleStanding nothing = CycleStanding.of(List.of(APPROVED, SUBMITTED), true, AHEAD);
        assertEquals(0, nothing.count(REVIEWED));
        assertFalse(nothing.needsCoordinator());
    }

    private static List<RegionProgress> rows(List<QuestionnaireState> states, boolean open, LocalDate today) {
        List<Region> regions = new ArrayList<>();
        for (int i = 1; i <= states.size(); i++) {
            regions.add(new Region("ES" + i, "Region " + i, "ES"));
        }
        return RegionProgress.of(
                regions,
                List.of(),
                region -> new Standing(states.get(regions.indexOf(region)), "label", 0, 0),
                LocalDate.of(2026, 6, 30),
                open,
                today);
    }
}
