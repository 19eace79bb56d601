package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regindex.assignment.entity.Capacity;
import org.regindex.identity.control.Caller;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.entity.AuditEvent;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.ReviewComment;
import org.regindex.questionnaire.entity.ReviewThread;

/**
 * What changed since the reviewer last reviewed a questionnaire (their last change request or
 * acceptance): each answer before and after, and the threads that got replies.
 */
@RequestScoped
@Transactional
public class ReviewDiff {

    private static final Jsonb JSON = JsonbBuilder.create();
    static final int LIMIT = 10_000;

    public record ChangedAnswer(String indicator, AnswerContent before, AnswerContent after) {}

    public record Changes(Instant since, List<ChangedAnswer> answers, List<String> threadsWithReplies) {

        public boolean isEmpty() {
            return answers.isEmpty() && threadsWithReplies.isEmpty();
        }
    }

    @Inject
    Caller caller;

    @Inject
    DataEntry dataEntry;

    @Inject
    Review review;

    @Inject
    AuditTrail trail;

    /** Empty when the caller has not reviewed this questionnaire before. */
    public Optional<Changes> sinceMyLastReview(String cycleCode, String regionCode) {
        return since(dataEntry.open(cycleCode, regionCode), caller.username());
    }

    /**
     * What changed since the last review, for the API: a reviewer of the region since their own last review,
     * a coordinator since the last review of anyone; refused to everyone else, the region's expert included.
     * Empty while nobody (or not this reviewer) has reviewed it.
     */
    public Optional<Changes> forReview(String cycleCode, String regionCode) {
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        if (view.capacities().contains(Capacity.REVIEWER)) {
            return since(view, caller.username());
        }
        if (view.capacities().contains(Capacity.COORDINATOR)) {
            return since(view, null);
        }
        throw QuestionnaireRefusals.reviewersOnly();
    }

    /** Since the last review by {@code reviewer}, or by anyone when null. */
    private Optional<Changes> since(QuestionnaireView view, String reviewer) {
        String cycleCode = view.cycle().code();
        String regionCode = view.region().code();
        Optional<Instant> lastReview = trail.ofCycle(cycleCode, regionCode, reviewer, null, LIMIT).stream()
                .filter(e -> QuestionnaireEvent.QUESTIONNAIRE_REQUEST_CHANGES.is(e.action())
                        || QuestionnaireEvent.QUESTIONNAIRE_ACCEPT.is(e.action()))
                .map(AuditEvent::occurredAt)
                .max(Comparator.naturalOrder());
        if (lastReview.isEmpty()) {
            return Optional.empty();
        }
        Instant since = lastReview.get();
        Map<String, AnswerContent> before = new LinkedHashMap<>();
        List<AuditEvent> saves = new ArrayList<>(
                trail.ofCycle(cycleCode, regionCode, null, QuestionnaireEvent.ANSWER_SAVED.name(), LIMIT));
        saves.sort(Comparator.comparing(AuditEvent::occurredAt));
        for (AuditEvent save : saves) {
            if (save.occurredAt().isAfter(since)) {
                String indicator = save.subject().substring(save.subject().lastIndexOf('/') + 1);
                before.putIfAbsent(
                        indicator,
                        JSON.fromJson(save.before(), AnswerJson.class).toContent());
            }
        }
        List<ChangedAnswer> answers = new ArrayList<>();
        before.forEach((indicator, was) -> {
            AnswerContent now = view.content(indicator);
            if (!was.withNote("").equals(now.withNote(""))) {
                answers.add(new ChangedAnswer(indicator, was.withNote(""), now.withNote("")));
            }
        });
        List<String> replied = review.threads(cycleCode, regionCode).threads().stream()
                .filter(thread -> repliedSince(thread, since))
                .map(thread -> thread.indicator().code())
                .toList();
        return Optional.of(new Changes(since, answers, replied));
    }

    private static boolean repliedSince(ReviewThread thread, Instant since) {
        return thread.comments().stream()
                .filter(c -> c.createdAt().isAfter(since))
                .map(ReviewComment::authorCapacity)
                .anyMatch(capacity -> capacity == Capacity.EXPERT);
    }
}
