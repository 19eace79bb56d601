package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.boundary.DeadlineText;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.control.RegionProgress;
import org.regindex.questionnaire.control.RegionProgress.Standing;
import org.regindex.questionnaire.entity.QuestionnaireState;

/** The cycle dashboard: one row per region with its people, and how far the deadline is. */
class RegionProgressTest {

    @Test
    void daysToTheDeadlineCountDownToDueTodayThenOverdue() {
        LocalDate deadline = LocalDate.of(2026, 6, 30);
        assertEquals(30, Deadline.daysLeft(deadline, LocalDate.of(2026, 5, 31)));
        assertEquals("30 days left", DeadlineText.of(Locale.ENGLISH, 30));
        assertEquals("1 day left", DeadlineText.of(Locale.ENGLISH, 1));
        assertEquals("due today", DeadlineText.of(Locale.ENGLISH, Deadline.daysLeft(deadline, deadline)));
        assertEquals(-2, Deadline.daysLeft(deadline, LocalDate.of(2026, 7, 2)));
        assertEquals("2 days overdue", DeadlineText.of(Locale.ENGLISH, -2));
        assertEquals("1 day overdue", DeadlineText.of(Locale.ENGLISH, -1));
        assertEquals("noch 1 Tag", DeadlineText.of(Locale.GERMAN, 1));
    }

    @Test
    void theDashboardHasOneRowPerRegionWithItsPeopleAndItsQuestionnairesStanding() {
        Region catalonia = new Region("ES51", "Catalonia", "ES");
        Region tuscany = new Region("ITI1", "Tuscany", "IT");
        Cycle cycle = new Cycle("2026", "2026 round", IndicatorFilterTest.CODEBOOK, LocalDate.of(2026, 6, 30));
        cycle.include(catalonia);
        cycle.include(tuscany);
        List<Assignment> assignments = List.of(
                new Assignment(cycle, catalonia, "expert2", AssignmentRole.EXPERT),
                new Assignment(cycle, catalonia, "reviewer1", AssignmentRole.REVIEWER),
                new Assignment(cycle, catalonia, "expert1", AssignmentRole.EXPERT));

        List<RegionProgress> rows = RegionProgress.of(
                cycle.regions(),
                assignments,
                region -> region == catalonia
                        ? new Standing(QuestionnaireState.CHANGES_REQUESTED, "Changes requested", 40, 2)
                        : new Standing(QuestionnaireState.NOT_STARTED, "Not started", 0, 0),
                cycle.deadline(),
                true,
                LocalDate.of(2026, 6, 20));

        assertEquals(
                List.of("ES51", "ITI1"),
                rows.stream().map(RegionProgress::regionCode).toList());
        RegionProgress first = rows.get(0);
        assertEquals(List.of("expert1", "expert2"), first.experts());
        assertEquals("expert1, expert2", first.expertNames());
        assertEquals(List.of("reviewer1"), first.reviewers());
        assertEquals(List.of(), rows.get(1).experts());
        assertEquals(
                List.of("Changes requested", "Not started"),
                rows.stream().map(RegionProgress::state).toList());
        assertEquals(
                List.of(40, 0),
                rows.stream().map(RegionProgress::percentAnswered).toList());
        assertEquals(
                List.of(2, 0),
                rows.stream().map(RegionProgress::openChangeRequests).toList());
        for (RegionProgress row : rows) {
            assertEquals(10, row.daysLeft());
        }
    }
}
