package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regindex.assignment.control.Participation;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.Actor;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.control.Questionnaires;
import org.regindex.questionnaire.control.ReviewThreads;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.ReviewComment;
import org.regindex.questionnaire.entity.ReviewThread;
import org.regindex.questionnaire.entity.RightOfReply;

/** Review threads: reading them, commenting, requesting changes and resolving them. Every comment is audited. */
@RequestScoped
@Transactional
public class Review {

    /** The threads of a questionnaire as one caller sees them, with the capacities that decide names. */
    public record Threads(Cycle cycle, Region region, Set<Capacity> viewer, List<ReviewThread> threads) {

        public int openChangeRequests() {
            return (int) threads.stream().filter(ReviewThread::changeRequested).count();
        }
    }

    @Inject
    Caller caller;

    @Inject
    Participation participation;

    @Inject
    Cycles cycles;

    @Inject
    Regions regions;

    @Inject
    Questionnaires questionnaires;

    @Inject
    ReviewThreads threads;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Threads threads(String cycleCode, String regionCode) {
        Cycle cycle = cycles.byCode(cycleCode);
        Region region = regions.byCode(regionCode);
        Set<Capacity> capacities = participation.toRead(cycle, region);
        Optional<Questionnaire> questionnaire = questionnaires.find(cycle, region);
        if (RightOfReply.governmentOnly(capacities)) {
            RightOfReply.requireReadable(
                    cycle, questionnaire.map(Questionnaire::state).orElse(QuestionnaireState.NOT_STARTED), regionCode);
        }
        List<ReviewThread> list = questionnaire.map(threads::of).orElse(List.of());
        return new Threads(cycle, region, capacities, list);
    }

    /** One page of the comments on one answer, with the threads' context; no thread while nobody commented. */
    public record ThreadPage(Threads all, ReviewThread thread, Page<ReviewComment> comments) {}

    /**
     * The thread about one answer as the caller sees it, a page of its comments at a time (oldest first);
     * refused (404) for an indicator that the cycle's codebook does not have.
     */
    public ThreadPage about(String cycleCode, String regionCode, String indicatorCode, PageRequest page) {
        Threads all = threads(cycleCode, regionCode);
        indicatorOf(all.cycle(), indicatorCode);
        Long after = page.afterId();
        return all.threads().stream()
                .filter(t -> t.indicator().code().equals(indicatorCode))
                .findFirst()
                .map(t -> new ThreadPage(
                        all, t, page.page(threads.comments(t, after, page.fetch()), c -> List.of(c.id().toString()))))
                .orElseGet(() -> new ThreadPage(all, null, new Page<>(List.of(), null)));
    }

    /**
     * Adds a comment to the thread of one answer. Experts and reviewers of the region, its country leads and
     * coordinators comment, and its government contact replies while the cycle's reply window is open; only the
     * reviewer requests a change or resolves one.
     */
    public ReviewComment comment(
            String cycleCode, String regionCode, String indicatorCode, CommentKind kind, String body) {
        Cycle cycle = cycles.byCode(cycleCode);
        Region region = regions.byCode(regionCode);
        Set<Capacity> capacities = participation.toRead(cycle, region);
        Capacity capacity = kind == CommentKind.COMMENT
                ? speakingCapacity(capacities)
                : capacities.contains(Capacity.REVIEWER) ? Capacity.REVIEWER : speakingCapacity(capacities);
        Indicator indicator = indicatorOf(cycle, indicatorCode);
        Questionnaire questionnaire = questionnaires.obtain(cycle, region);
        if (capacity == Capacity.GOVERNMENT) {
            RightOfReply.requireReadable(cycle, questionnaire.state(), regionCode);
            RightOfReply.requireWindowOpen(cycle, LocalDate.now(clock));
        }
        ReviewThread thread = threads.obtain(questionnaire, indicator);
        ReviewComment comment = thread.add(kind, caller.username(), capacity, body, clock.instant());
        audit.record(
                new Actor(caller.username(), capacity.name().toLowerCase(Locale.ROOT)),
                QuestionnaireEvent.of(kind),
                new Subject("answer", cycleCode + "/" + regionCode + "/" + indicatorCode, cycleCode, regionCode),
                null,
                Map.of("kind", kind.name(), "body", comment.body()));
        threads.flush();
        return comment;
    }

    private static Indicator indicatorOf(Cycle cycle, String indicatorCode) {
        return cycle.codebook()
                .indicator(indicatorCode)
                .orElseThrow(() -> QuestionnaireRefusals.unknownIndicator(
                        indicatorCode, cycle.codebook().reference()));
    }

    /** Experts speak as experts, reviewers as reviewers; a coordinator who is neither, as coordinator. */
    private static Capacity speakingCapacity(Set<Capacity> capacities) {
        for (Capacity capacity : List.of(
                Capacity.EXPERT, Capacity.REVIEWER, Capacity.COUNTRY_LEAD, Capacity.COORDINATOR, Capacity.GOVERNMENT)) {
            if (capacities.contains(capacity)) {
                return capacity;
            }
        }
        throw new IllegalStateException("no capacity");
    }
}
