package org.regindex.release.control;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.QuestionnairesNotApproved;

/** Which regions a freeze takes, and under which title: the rules, apart from reading and writing. */
public final class FreezeSelection {

    public static final int TITLE_MAX = 300;

    /** A region of a cycle as the freeze page lists it: approved (can go in) or not yet. */
    public record Readiness(String region, String name, String state) {

        public boolean approved() {
            return LiveAnswers.APPROVED.equals(state);
        }

        /** The state in words: "changes requested" for CHANGES_REQUESTED. */
        public String stateLabel() {
            return state.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
    }

    private FreezeSelection() {}

    /**
     * The regions named (every approved one when none are named). Refused when a named region is not in
     * the cycle or not approved, or when nothing would go in.
     */
    public static Set<String> regions(String cycleCode, List<Readiness> readiness, List<String> requested) {
        Set<String> chosen = new HashSet<>(
                requested == null || requested.isEmpty()
                        ? readiness.stream()
                                .filter(Readiness::approved)
                                .map(Readiness::region)
                                .toList()
                        : requested);
        List<String> unknown = chosen.stream()
                .filter(code -> readiness.stream().noneMatch(r -> r.region().equals(code)))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRelease("Not in cycle " + cycleCode + ": " + String.join(", ", unknown) + ".");
        }
        List<String> notApproved = readiness.stream()
                .filter(r -> chosen.contains(r.region()) && !r.approved())
                .map(r -> r.region() + " (" + r.stateLabel() + ")")
                .toList();
        if (!notApproved.isEmpty()) {
            throw new QuestionnairesNotApproved("Only approved questionnaires go into a release; not approved: "
                    + String.join(", ", notApproved) + ".");
        }
        if (chosen.isEmpty()) {
            throw new QuestionnairesNotApproved("No questionnaire of cycle " + cycleCode + " is approved yet.");
        }
        return chosen;
    }

    /** The title given, or the cycle's name when none is. */
    public static String title(String requested, String cycleName) {
        String title = requested == null || requested.isBlank() ? cycleName : requested.strip();
        if (title.length() > TITLE_MAX) {
            throw new InvalidRelease("A release title has at most " + TITLE_MAX + " characters.");
        }
        return title;
    }
}
