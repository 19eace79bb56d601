package org.regindex.questionnaire.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.regindex.assignment.entity.Capacity;
import org.regindex.platform.entity.AuditEvent;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.ReviewThread;

/**
 * What changed since a review (a change request or an acceptance): each answer saved since then as it was
 * before the first of those saves and as it is now, left out when it came back to what it was, with the
 * fields that differ; and the threads the expert replied in since.
 */
public final class ReviewChanges {

    /** A field of an answer that a reviewer sees change. */
    public enum Field {
        OPTION,
        NOT_APPLICABLE,
        JUSTIFICATION,
        SOURCES
    }

    public record ChangedAnswer(String indicator, AnswerContent before, AnswerContent after) {

        /** Which fields differ, in the order the answer shows them. */
        public List<Field> fields() {
            List<Field> changed = new ArrayList<>();
            if (!Objects.equals(before.optionCode(), after.optionCode())) {
                changed.add(Field.OPTION);
            }
            if (before.notApplicable() != after.notApplicable()
                    || !before.notApplicableReason().equals(after.notApplicableReason())) {
                changed.add(Field.NOT_APPLICABLE);
            }
            if (!before.justification().equals(after.justification())) {
                changed.add(Field.JUSTIFICATION);
            }
            if (!before.sources().equals(after.sources())) {
                changed.add(Field.SOURCES);
            }
            return changed;
        }
    }

    public record Changes(Instant since, List<ChangedAnswer> answers, List<String> threadsWithReplies) {

        public boolean isEmpty() {
            return answers.isEmpty() && threadsWithReplies.isEmpty();
        }
    }

    private ReviewChanges() {}

    /** When the newest change request or acceptance among these events was made. */
    public static Optional<Instant> lastReview(List<AuditEvent> events) {
        return events.stream()
                .filter(e -> QuestionnaireEvent.QUESTIONNAIRE_REQUEST_CHANGES.is(e.action())
                        || QuestionnaireEvent.QUESTIONNAIRE_ACCEPT.is(e.action()))
                .map(AuditEvent::occurredAt)
                .max(Comparator.naturalOrder());
    }

    /**
     * The changes since {@code review}, from the questionnaire's saves (in any order), its answers as stored
     * now (by indicator) and its threads.
     */
    public static Changes since(
            Instant review, List<AnswerSaved> saves, Function<String, AnswerContent> now, List<ReviewThread> threads) {
        Map<String, AnswerContent> before = new LinkedHashMap<>();
        saves.stream()
                .filter(save -> save.at().isAfter(review))
                .sorted(Comparator.comparing(AnswerSaved::at))
                .forEach(save -> before.putIfAbsent(save.indicator(), withoutNote(save.before())));
        List<ChangedAnswer> answers = new ArrayList<>();
        before.forEach((indicator, was) -> {
            AnswerContent is = withoutNote(now.apply(indicator));
            if (!was.equals(is)) {
                answers.add(new ChangedAnswer(indicator, was, is));
            }
        });
        List<String> replied = threads.stream()
                .filter(thread -> expertRepliedSince(thread, review))
                .map(thread -> thread.indicator().code())
                .toList();
        return new Changes(review, answers, replied);
    }

    private static AnswerContent withoutNote(AnswerContent content) {
        return content.withNote("");
    }

    private static boolean expertRepliedSince(ReviewThread thread, Instant review) {
        return thread.comments().stream()
                .anyMatch(c -> c.createdAt().isAfter(review) && c.authorCapacity() == Capacity.EXPERT);
    }
}
