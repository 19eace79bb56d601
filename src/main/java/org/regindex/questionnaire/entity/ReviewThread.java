package org.regindex.questionnaire.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.entity.Refusal.Kind;

/**
 * The conversation about one answer of a questionnaire. The region's reviewer may mark it "change
 * requested" while reviewing a submitted questionnaire, and resolves it; everyone involved comments.
 */
@Entity
@Table(name = "review_thread")
public class ReviewThread {

    public static final int BODY_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id", updatable = false)
    private Questionnaire questionnaire;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id", updatable = false)
    private Indicator indicator;

    @Column(name = "change_requested", nullable = false)
    private boolean changeRequested;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReviewComment> comments = new ArrayList<>();

    protected ReviewThread() {}

    public ReviewThread(Questionnaire questionnaire, Indicator indicator) {
        this.questionnaire = questionnaire;
        this.indicator = indicator;
    }

    /** Adds a comment of {@code kind}; a change request or resolution also changes the thread's state. */
    public ReviewComment add(CommentKind kind, String author, Capacity capacity, String body, Instant at) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() && kind != CommentKind.RESOLVED) {
            throw new TransitionNotAllowed(Kind.INVALID, "Write what the comment says.");
        }
        if (text.length() > BODY_MAX) {
            throw new TransitionNotAllowed(Kind.INVALID, "A comment has at most " + BODY_MAX + " characters.");
        }
        if (kind != CommentKind.COMMENT) {
            checkMark(kind, capacity);
            changeRequested = kind == CommentKind.CHANGE_REQUESTED;
        }
        ReviewComment comment = new ReviewComment(this, kind, author, capacity, text, at);
        comments.add(comment);
        return comment;
    }

    private void checkMark(CommentKind kind, Capacity capacity) {
        if (capacity != Capacity.REVIEWER) {
            throw new TransitionNotAllowed(
                    Kind.FORBIDDEN, "Only the region's reviewer requests changes and resolves them.");
        }
        if (questionnaire.state() != QuestionnaireState.SUBMITTED) {
            throw new TransitionNotAllowed(
                    Kind.CONFLICT,
                    "Change requests are made and resolved while the questionnaire is submitted" + " for review; it is "
                            + questionnaire.state().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (kind == CommentKind.CHANGE_REQUESTED && changeRequested) {
            throw new TransitionNotAllowed(Kind.CONFLICT, "A change is requested on " + indicator.code() + " already.");
        }
        if (kind == CommentKind.RESOLVED && !changeRequested) {
            throw new TransitionNotAllowed(
                    Kind.CONFLICT, "There is no open change request on " + indicator.code() + " to resolve.");
        }
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Indicator indicator() {
        return indicator;
    }

    public boolean changeRequested() {
        return changeRequested;
    }

    public List<ReviewComment> comments() {
        return List.copyOf(comments);
    }
}
