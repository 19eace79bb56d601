package org.regindex.questionnaire.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regindex.assignment.entity.Capacity;
import org.regindex.questionnaire.entity.CommentKind;

/**
 * Which review threads wait for someone, since when, and how long change requests took to be resolved. A thread with
 * an open change request waits for the expert, since the request. Otherwise a thread whose last word is a comment
 * waits for the other side (the expert for a reviewer's or coordinator's comment, the reviewer for the expert's),
 * since the first of the comments the other side has not answered.
 */
public final class OpenQueries {

    /** What a thread waits for. */
    public enum Kind {
        CHANGE_REQUEST,
        UNANSWERED_COMMENT
    }

    /** One comment of a thread as the rules read it, oldest first. */
    public record Said(CommentKind kind, String author, Capacity capacity, Instant at) {}

    /** A thread that waits: for what, asked by whom, who must act, since when. */
    public record Waiting(Kind kind, String askedBy, Capacity mustAct, Instant since) {}

    /** A change request and how long it stayed open, by the reviewer who made it. */
    public record Resolution(String reviewer, Duration took) {}

    private OpenQueries() {}

    public static Optional<Waiting> waiting(boolean changeRequested, List<Said> comments) {
        if (changeRequested) {
            for (int i = comments.size() - 1; i >= 0; i--) {
                Said said = comments.get(i);
                if (said.kind() == CommentKind.CHANGE_REQUESTED) {
                    return Optional.of(new Waiting(Kind.CHANGE_REQUEST, said.author(), Capacity.EXPERT, said.at()));
                }
            }
        }
        if (comments.isEmpty() || comments.get(comments.size() - 1).kind() != CommentKind.COMMENT) {
            return Optional.empty();
        }
        Said last = comments.get(comments.size() - 1);
        Instant since = last.at();
        for (int i = comments.size() - 2; i >= 0; i--) {
            Said earlier = comments.get(i);
            if (earlier.kind() != CommentKind.COMMENT || isExpert(earlier) != isExpert(last)) {
                break;
            }
            since = earlier.at();
        }
        Capacity mustAct = isExpert(last) ? Capacity.REVIEWER : Capacity.EXPERT;
        return Optional.of(new Waiting(Kind.UNANSWERED_COMMENT, last.author(), mustAct, since));
    }

    private static boolean isExpert(Said said) {
        return said.capacity() == Capacity.EXPERT;
    }

    /** Each change request of a thread that was resolved, with the time until its resolution. */
    public static List<Resolution> resolutions(List<Said> comments) {
        List<Resolution> resolutions = new ArrayList<>();
        Said request = null;
        for (Said said : comments) {
            if (said.kind() == CommentKind.CHANGE_REQUESTED) {
                request = said;
            } else if (said.kind() == CommentKind.RESOLVED && request != null) {
                resolutions.add(new Resolution(request.author(), Duration.between(request.at(), said.at())));
                request = null;
            }
        }
        return resolutions;
    }

    /** The median of some durations (the mean of the middle two for an even count), none for none. */
    public static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(
                sorted.size() % 2 == 1
                        ? sorted.get(middle)
                        : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
