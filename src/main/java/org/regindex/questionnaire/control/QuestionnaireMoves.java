package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.Actor;
import org.regindex.questionnaire.entity.Facts;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.Transition;

/**
 * The one way a questionnaire changes state: the state machine applies the transition and, when the
 * state changed, its audit event is written in the same transaction. Callers own the transaction.
 */
@ApplicationScoped
public class QuestionnaireMoves {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Refused with {@code TransitionNotAllowed} when the facts do not allow it; nothing is written then. */
    public Questionnaire.StateChange move(
            Questionnaire questionnaire, Transition transition, Facts facts, Actor actor) {
        Questionnaire.StateChange change = questionnaire.apply(transition, facts, actor.username(), clock.instant());
        if (change.changed()) {
            String cycle = questionnaire.cycle().code();
            String region = questionnaire.region().code();
            audit.record(
                    actor,
                    QuestionnaireEvent.of(transition),
                    new Subject("questionnaire", cycle + "/" + region, cycle, region),
                    change.before().name(),
                    change.reason() == null
                            ? change.after().name()
                            : change.after().name() + ": " + change.reason());
        }
        return change;
    }
}
