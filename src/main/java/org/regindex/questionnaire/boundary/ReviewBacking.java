package org.regindex.questionnaire.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.entity.Capacity;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.NextStep;
import org.regindex.questionnaire.control.ReviewChanges;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.ReviewThread;
import org.regindex.questionnaire.entity.Transition;

/** The review side of the questionnaire page: threads per answer, review decisions, changes since the last review. */
@Named("rv")
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One comment as shown: who (or "Expert"/"Reviewer" in a blind review), what kind, what, when. */
    public record CommentView(String author, String kind, String text, String at) {}

    /** {@code request} is what the open change request asks (empty when none is open). */
    public record ThreadView(boolean changeRequested, String request, List<CommentView> comments) {}

    @Inject
    QuestionnaireBacking page;

    @Inject
    Review review;

    @Inject
    QuestionnaireWorkflow workflow;

    @Inject
    ReviewDiff diff;

    @Inject
    Caller caller;

    private final Map<String, String> drafts = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private String reason;
    private transient Map<String, ThreadView> threads;
    private transient Optional<ReviewChanges.Changes> changes;

    public ThreadView thread(String indicator) {
        if (threads == null) {
            Review.Threads all = review.threads(page.getCycle(), page.getRegion());
            threads = new HashMap<>();
            for (ReviewThread thread : all.threads()) {
                threads.put(
                        thread.indicator().code(),
                        new ThreadView(
                                thread.changeRequested(),
                                thread.changeRequested() ? lastRequest(thread) : "",
                                thread.comments().stream()
                                        .map(c -> new CommentView(
                                                Names.hidden(
                                                                c.author(),
                                                                c.authorCapacity(),
                                                                all.cycle(),
                                                                all.viewer(),
                                                                caller.username())
                                                        ? PageTexts.label("capacity", c.authorCapacity())
                                                        : c.author(),
                                                c.kind() == CommentKind.COMMENT
                                                        ? ""
                                                        : PageTexts.label("commentKind", c.kind()),
                                                c.body(),
                                                PageTexts.text("common.utc", WHEN.format(c.createdAt()))))
                                        .toList()));
            }
        }
        return threads.getOrDefault(indicator, new ThreadView(false, "", List.of()));
    }

    private static String lastRequest(ReviewThread thread) {
        return thread.comments().stream()
                .filter(c -> c.kind() == CommentKind.CHANGE_REQUESTED)
                .reduce((first, second) -> second)
                .map(c -> c.body())
                .orElse("");
    }

    public void comment(String indicator, String kind) {
        try {
            review.comment(
                    page.getCycle(), page.getRegion(), indicator, CommentKind.valueOf(kind), drafts.get(indicator));
            drafts.remove(indicator);
            problems.remove(indicator);
        } catch (Refusal refused) {
            problems.put(indicator, refused.getMessage());
        }
        threads = null;
    }

    public void decide(String transition) {
        try {
            Transition chosen = Transition.valueOf(transition);
            workflow.apply(
                    page.getCycle(),
                    page.getRegion(),
                    chosen,
                    reason,
                    page.getView().version());
            reason = null;
            page.forget();
            message(
                    FacesMessage.SEVERITY_INFO,
                    PageTexts.label("review.done", page.getView().state()));
        } catch (Refusal refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
        page.forget();
        threads = null;
        changes = null;
    }

    public boolean can(String transition) {
        QuestionnaireView view = page.getView();
        Transition chosen = Transition.valueOf(transition);
        return view.capacities().contains(chosen.capacity())
                && chosen.from(view.countryLevel()).contains(view.state());
    }

    /** How many answers carry an open change request, for "Send back with 2 change requests". */
    public int getOpenChangeRequests() {
        thread("");
        return (int)
                threads.values().stream().filter(ThreadView::changeRequested).count();
    }

    /** What the reader does next, in a sentence (empty when nothing is theirs to do). */
    public String getNextStep() {
        QuestionnaireView view = page.getView();
        return NextStep.of(
                        view.state(),
                        view.countryLevel(),
                        view.capacities(),
                        view.writable(),
                        getOpenChangeRequests(),
                        view.writable() ? page.incompleteCount() : 0)
                .map(step -> PageTexts.label("nextStep", step))
                .orElse("");
    }

    public String getSince() {
        return getChanges()
                .map(c -> PageTexts.text("common.utc", WHEN.format(c.since())))
                .orElse("");
    }

    public boolean isReviewing() {
        return page.getView().capacities().contains(Capacity.REVIEWER)
                && page.getView().state() == QuestionnaireState.SUBMITTED;
    }

    public Optional<ReviewChanges.Changes> getChanges() {
        if (changes == null) {
            changes = page.getView().capacities().contains(Capacity.REVIEWER)
                    ? diff.sinceMyLastReview(page.getCycle(), page.getRegion())
                    : Optional.empty();
        }
        return changes;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public Map<String, String> getDrafts() {
        return drafts;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
