package org.regindex.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;

/**
 * Under blind review experts and reviewers see each other as "Expert" and "Reviewer"; coordinators see
 * every name, everyone sees their own, and a coordinator's name is never hidden.
 */
class NamesTest {

    static final Set<Capacity> EXPERT = Set.of(Capacity.EXPERT);
    static final Set<Capacity> REVIEWER = Set.of(Capacity.REVIEWER);
    static final Set<Capacity> COORDINATOR = Set.of(Capacity.COORDINATOR);

    static Cycle cycle(boolean blind) {
        Cycle cycle = new Cycle("2026", "Round 2026", IndicatorFilterTest.CODEBOOK, LocalDate.of(2026, 6, 30));
        cycle.reviewBlind(blind);
        return cycle;
    }

    @Test
    void withoutBlindReviewEveryoneIsNamed() {
        Cycle open = cycle(false);
        assertEquals("expert1", Names.shown("expert1", Capacity.EXPERT, open, REVIEWER, "reviewer1"));
        assertEquals("reviewer1", Names.shown("reviewer1", Capacity.REVIEWER, open, EXPERT, "expert1"));
    }

    @Test
    void underBlindReviewExpertsAndReviewersSeeEachOthersCapacityOnly() {
        Cycle blind = cycle(true);
        assertEquals("Expert", Names.shown("expert1", Capacity.EXPERT, blind, REVIEWER, "reviewer1"));
        assertEquals("Reviewer", Names.shown("reviewer1", Capacity.REVIEWER, blind, EXPERT, "expert1"));
        assertEquals(
                "Expert",
                Names.shown("expert2", Capacity.EXPERT, blind, EXPERT, "expert1"),
                "a fellow expert is hidden too");
    }

    @Test
    void underBlindReviewCountryLeadsSeeNamesAndAreNamed() {
        Cycle blind = cycle(true);
        Set<Capacity> lead = Set.of(Capacity.COUNTRY_LEAD);
        assertEquals("expert1", Names.shown("expert1", Capacity.EXPERT, blind, lead, "lead1"));
        assertEquals("reviewer1", Names.shown("reviewer1", Capacity.REVIEWER, blind, lead, "lead1"));
        assertEquals("lead1", Names.shown("lead1", Capacity.COUNTRY_LEAD, blind, EXPERT, "expert1"));
        assertEquals(
                "gov1", Names.shown("gov1", Capacity.GOVERNMENT, blind, REVIEWER, "reviewer1"), "replies are named");
    }

    @Test
    void underBlindReviewCoordinatorsSeeNames() {
        Cycle blind = cycle(true);
        assertEquals("expert1", Names.shown("expert1", Capacity.EXPERT, blind, COORDINATOR, "coordinator"));
        assertEquals(
                "reviewer1",
                Names.shown(
                        "reviewer1",
                        Capacity.REVIEWER,
                        blind,
                        Set.of(Capacity.REVIEWER, Capacity.COORDINATOR),
                        "coordinator"));
    }

    @Test
    void everyoneSeesTheirOwnName() {
        assertEquals("reviewer1", Names.shown("reviewer1", Capacity.REVIEWER, cycle(true), REVIEWER, "reviewer1"));
    }

    @Test
    void aCoordinatorsNameIsNeverHidden() {
        assertEquals("coordinator", Names.shown("coordinator", Capacity.COORDINATOR, cycle(true), EXPERT, "expert1"));
    }

    @Test
    void someoneWithoutCapacityIsShownNoNameUnderBlindReview() {
        assertEquals("Reviewer", Names.shown("reviewer1", Capacity.REVIEWER, cycle(true), Set.of(), "visitor"));
    }
}
