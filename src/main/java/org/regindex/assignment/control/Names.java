package org.regindex.assignment.control;

import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;

/**
 * How people are named to one another. In a cycle under blind review, experts and reviewers see each
 * other only as "Expert" and "Reviewer"; coordinators and country leads, who are not part of the peer review, see
 * names and are named, as is everyone reading their own words; a government contact's replies are always named.
 */
public final class Names {

    private Names() {}

    public static String shown(
            String author, Capacity authorCapacity, Cycle cycle, Set<Capacity> viewer, String viewerName) {
        if (!hidden(author, authorCapacity, cycle, viewer, viewerName)) {
            return author;
        }
        return authorCapacity == Capacity.EXPERT ? "Expert" : "Reviewer";
    }

    /** Whether the viewer sees the author only by capacity (a page names the capacity in its own language). */
    public static boolean hidden(
            String author, Capacity authorCapacity, Cycle cycle, Set<Capacity> viewer, String viewerName) {
        return cycle.blindReview()
                && !viewer.contains(Capacity.COORDINATOR)
                && !viewer.contains(Capacity.COUNTRY_LEAD)
                && !author.equals(viewerName)
                && authorCapacity != Capacity.COORDINATOR
                && authorCapacity != Capacity.COUNTRY_LEAD
                && authorCapacity != Capacity.GOVERNMENT;
    }
}
