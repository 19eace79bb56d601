package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.CategoryMeans;
import org.regindex.release.entity.ReleaseContent.Score;

/** A region is read against the mean of all regions and of its country's, per category; computed by hand here. */
class CategoryMeansTest {

    static final List<Score> SCORES = List.of(
            new Score("ES51", "policy_area", "LAB", new BigDecimal("100.00"), 3, 3),
            new Score("ES30", "policy_area", "LAB", new BigDecimal("33.33"), 3, 3),
            new Score("AT13", "policy_area", "LAB", new BigDecimal("50.00"), 3, 3),
            new Score("ES51", "policy_area", "EDU", new BigDecimal("66.67"), 2, 3),
            new Score("ES30", "policy_area", "EDU", null, 0, 3),
            new Score("AT13", "policy_area", "EDU", null, 0, 3));

    @Test
    void theMeanOfAllRegionsIsTheirScoresSumDividedByTheirNumberRoundedHalfUp() {
        CategoryMeans all = CategoryMeans.of(SCORES, Set.of("ES51", "ES30", "AT13"));
        // (100 + 33.33 + 50) / 3 = 61.11
        assertEquals(Optional.of(new BigDecimal("61.11")), all.of("policy_area", "LAB"));
    }

    @Test
    void aCountrysMeanCountsOnlyItsRegions() {
        CategoryMeans spain = CategoryMeans.of(SCORES, Set.of("ES51", "ES30"));
        // (100 + 33.33) / 2 = 66.665, half up
        assertEquals(Optional.of(new BigDecimal("66.67")), spain.of("policy_area", "LAB"));
        assertEquals(
                Optional.of(new BigDecimal("50.00")),
                CategoryMeans.of(SCORES, Set.of("AT13")).of("policy_area", "LAB"),
                "a country of one region: its own score");
    }

    @Test
    void aRegionWithoutAScoreIsLeftOutAndACategoryNobodyScoredHasNoMean() {
        CategoryMeans all = CategoryMeans.of(SCORES, Set.of("ES51", "ES30", "AT13"));
        assertEquals(Optional.of(new BigDecimal("66.67")), all.of("policy_area", "EDU"), "only ES51 has a score");
        assertEquals(Optional.empty(), CategoryMeans.of(SCORES, Set.of("AT13")).of("policy_area", "EDU"));
        assertEquals(Optional.empty(), all.of("policy_area", "HEA"));
    }
}
