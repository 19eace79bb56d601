package org.regindex.publication.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regindex.release.entity.ReleaseContent;

/** Two regions of a release indicator by indicator, in codebook order, each line saying whether they differ. */
public final class SideBySide {

    /** {@code a} or {@code b} is null when that region has no answer to the indicator. */
    public record Line(String indicator, String question, Views.AnswerView a, Views.AnswerView b, boolean differs) {}

    private SideBySide() {}

    /** Regions differ on an indicator when their options (or not applicable) differ; justifications may differ anyway. */
    public static List<Line> lines(ReleaseContent content, String regionA, String regionB) {
        Map<String, ReleaseContent.Answer> a = new HashMap<>();
        Map<String, ReleaseContent.Answer> b = new HashMap<>();
        for (ReleaseContent.Answer answer : content.answers()) {
            if (answer.region().equals(regionA)) {
                a.put(answer.indicator(), answer);
            }
            if (answer.region().equals(regionB)) {
                b.put(answer.indicator(), answer);
            }
        }
        List<Line> lines = new ArrayList<>(content.indicators().size());
        for (ReleaseContent.Indicator indicator : content.indicators()) {
            ReleaseContent.Answer ofA = a.get(indicator.code());
            ReleaseContent.Answer ofB = b.get(indicator.code());
            lines.add(new Line(
                    indicator.code(),
                    indicator.question(),
                    ofA == null ? null : Views.answer(content, ofA, indicator),
                    ofB == null ? null : Views.answer(content, ofB, indicator),
                    !sameChoice(ofA, ofB)));
        }
        return lines;
    }

    private static boolean sameChoice(ReleaseContent.Answer a, ReleaseContent.Answer b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.notApplicable() == b.notApplicable() && Objects.equals(a.optionCode(), b.optionCode());
    }
}
