package org.regindex.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.platform.entity.Actor;

/** The capacities a person acts in on a questionnaire, as the audit trail and refusals name them. */
class CapacityTest {

    @Test
    void theAuditTrailNamesThePersonWithTheirCapacityInLowerCase() {
        assertEquals(new Actor("anna", "expert"), Capacity.EXPERT.actor("anna"));
        assertEquals(new Actor("ben", "reviewer"), Capacity.REVIEWER.actor("ben"));
        assertEquals(new Actor("chris", "coordinator"), Capacity.COORDINATOR.actor("chris"));
        assertEquals(new Actor("lucia", "country_lead"), Capacity.COUNTRY_LEAD.actor("lucia"));
    }

    @Test
    void refusalsDescribeWhoMayActInWords() {
        assertEquals(
                List.of(
                        "the region's expert",
                        "the region's reviewer",
                        "a coordinator",
                        "a lead of the region's country",
                        "the region's government contact"),
                Arrays.stream(Capacity.values()).map(Capacity::description).toList());
    }
}
