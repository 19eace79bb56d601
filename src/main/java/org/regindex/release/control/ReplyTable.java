package org.regindex.release.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.release.control.ReleaseTable.ForeignKey;
import org.regindex.release.entity.ReleaseContent;

/**
 * The right of reply of a release: one row per comment that the region's government contact wrote on an
 * answer, or that answered them, in the order they were written. Only in releases of cycles with a right of
 * reply.
 */
public final class ReplyTable {

    static final List<String> CAPACITIES = List.of("government", "expert", "reviewer", "coordinator", "country_lead");

    private ReplyTable() {}

    public static ReleaseTable of(ReleaseContent content) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (ReleaseContent.Reply reply : content.replies()) {
            int position = positions.merge(reply.region() + "/" + reply.indicator(), 1, Integer::sum);
            rows.add(List.of(
                    reply.region(),
                    reply.indicator(),
                    position,
                    reply.byGovernment(),
                    reply.capacity(),
                    reply.postedOn().toString(),
                    reply.text()));
        }
        return new ReleaseTable(
                "replies",
                "Right of reply",
                "What each region's government contact said of its answers before publication, and what the "
                        + "experts and reviewers answered them: one row per comment, in the order written. The "
                        + "answers themselves are as the experts gave them; the replies did not change them.",
                List.of(
                        ReleaseTables.REGION,
                        ReleaseTables.INDICATOR,
                        Column.integer(
                                        "reply",
                                        "Reply number",
                                        "Position of the comment on the answer, from 1, in the order written.",
                                        1,
                                        null)
                                .notEmpty(),
                        Column.logical(
                                        "by_government",
                                        "By the government",
                                        "true when the region's government contact wrote it, false when someone "
                                                + "answered them.")
                                .notEmpty(),
                        Column.text(
                                        "capacity",
                                        "Written as",
                                        "In which capacity its author wrote: government (the region's government "
                                                + "contact), expert, reviewer, coordinator or country_lead; people "
                                                + "are not named.")
                                .notEmpty()
                                .oneOf(CAPACITIES),
                        Column.date("date", "Date", "The day it was written (UTC).")
                                .notEmpty(),
                        Column.text("text", "Text", "What was written, as written.")
                                .notEmpty()),
                rows,
                List.of("region", "indicator", "reply"),
                List.of(new ForeignKey(List.of("region", "indicator"), "answers", List.of("region", "indicator"))));
    }
}
