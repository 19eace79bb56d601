package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.IndicatorFilter;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Indicator;

/** The codebook browser's filter: categories on any axes, and a text in code, question or guidance. */
public class IndicatorFilterTest {

    public static final Codebook CODEBOOK =
            new Codebook("small", 1, "Small", CodebookLayoutTest.SMALL, Instant.EPOCH, "coordinator");

    static List<String> codes(IndicatorFilter filter) {
        return filter.apply(CODEBOOK.indicators()).stream().map(Indicator::code).toList();
    }

    static Map<String, String> categories(String... axisThenCategory) {
        Map<String, String> chosen = new HashMap<>();
        for (int i = 0; i < axisThenCategory.length; i += 2) {
            chosen.put(axisThenCategory[i], axisThenCategory[i + 1]);
        }
        return chosen;
    }

    @Test
    void noFilterShowsEveryIndicatorInCodebookOrder() {
        assertEquals(List.of("LAB-ACT-01", "EDU-RES-01"), codes(new IndicatorFilter(Map.of(), null)));
    }

    @Test
    void aCategoryKeepsOnlyItsIndicatorsAndAnEmptyChoiceMeansAll() {
        assertEquals(
                List.of("EDU-RES-01"),
                codes(new IndicatorFilter(categories("policy_area", "EDU", "target_population", ""), "")));
        assertEquals(
                List.of("LAB-ACT-01", "EDU-RES-01"),
                codes(new IndicatorFilter(categories("target_population", "TCN"), "")));
        assertEquals(List.of(), codes(new IndicatorFilter(categories("policy_area", "EDU"), "strategy")));
    }

    @Test
    void theTextIsFoundInCodeQuestionOrGuidanceIgnoringCase() {
        assertEquals(List.of("LAB-ACT-01"), codes(new IndicatorFilter(Map.of(), "lab-act")));
        assertEquals(List.of("EDU-RES-01"), codes(new IndicatorFilter(Map.of(), "  württemberg ")));
        assertEquals(List.of("LAB-ACT-01"), codes(new IndicatorFilter(Map.of(), "REGIONAL PLAN")));
        assertEquals(List.of(), codes(new IndicatorFilter(Map.of(), "housing")));
    }
}
