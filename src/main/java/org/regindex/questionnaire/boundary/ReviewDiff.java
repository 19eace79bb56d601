package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.regindex.assignment.entity.Capacity;
import org.regindex.identity.control.Caller;
import org.regindex.platform.control.AuditTrail;
import org.regindex.questionnaire.control.AnswerSaved;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.control.ReviewChanges;
import org.regindex.questionnaire.control.ReviewChanges.Changes;
import org.regindex.questionnaire.entity.QuestionnaireEvent;

/**
 * What changed since the reviewer last reviewed a questionnaire (their last change request or
 * acceptance), as {@link ReviewChanges} tells it from the audit trail; who may ask.
 */
@RequestScoped
@Transactional
public class ReviewDiff {

    static final int LIMIT = 10_000;

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
        Optional<Instant> lastReview =
                ReviewChanges.lastReview(trail.ofCycle(cycleCode, regionCode, reviewer, null, LIMIT));
        return lastReview.map(since -> ReviewChanges.since(
                since,
                trail.ofCycle(cycleCode, regionCode, null, QuestionnaireEvent.ANSWER_SAVED.name(), LIMIT).stream()
                        .map(AnswerSaved::of)
                        .toList(),
                view::content,
                review.threads(cycleCode, regionCode).threads()));
    }
}
