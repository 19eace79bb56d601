package org.regindex.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;

/** The questionnaire of one region in one cycle. Its state has no setter: {@link #apply} is the only way in. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", updatable = false)
    private Cycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id", updatable = false)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionnaireState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_transition")
    private Transition lastTransition;

    @Column(name = "last_actor")
    private String lastActor;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected Questionnaire() {}

    public Questionnaire(Cycle cycle, Region region) {
        this.cycle = cycle;
        this.region = region;
        this.state = QuestionnaireState.NOT_STARTED;
    }

    /** A change of state, for the audit trail; {@code before == after} when nothing changed. */
    public record StateChange(
            Transition transition, QuestionnaireState before, QuestionnaireState after, String reason) {

        public boolean changed() {
            return before != after;
        }
    }

    /** Takes the transition for {@code actor}, or refuses it; records who moved the questionnaire last. */
    public StateChange apply(Transition transition, Facts facts, String actor, Instant at) {
        QuestionnaireState before = state;
        state = Workflow.next(state, transition, facts);
        if (state != before) {
            lastTransition = transition;
            lastActor = actor;
            lastChangedAt = at;
        }
        return new StateChange(transition, before, state, facts.reason());
    }

    /** Whether the last move was this transition by this person: a replay of their own request. */
    public boolean lastMovedBy(Transition transition, String actor) {
        return transition == lastTransition && actor.equals(lastActor);
    }

    public Transition lastTransition() {
        return lastTransition;
    }

    public String lastActor() {
        return lastActor;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public Long id() {
        return id;
    }

    public Cycle cycle() {
        return cycle;
    }

    public Region region() {
        return region;
    }

    public QuestionnaireState state() {
        return state;
    }

    public int rowVersion() {
        return rowVersion;
    }
}
