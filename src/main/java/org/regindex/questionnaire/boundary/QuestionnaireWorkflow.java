package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import org.regindex.assignment.control.Participation;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.Notifier;
import org.regindex.questionnaire.control.QuestionnaireMoves;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.control.Questionnaires;
import org.regindex.questionnaire.control.ReviewThreads;
import org.regindex.questionnaire.entity.Facts;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.questionnaire.entity.TransitionNotAllowed;
import org.regindex.questionnaire.entity.UnknownTransition;

/** Moving a questionnaire through its workflow: gathers the facts the state machine needs, applies, audits. */
@RequestScoped
@Transactional
public class QuestionnaireWorkflow {

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
    DataEntry dataEntry;

    @Inject
    QuestionnaireMoves moves;

    @Inject
    ReviewThreads threads;

    @Inject
    Notifier notifier;

    /**
     * Applies {@code transition} if the questionnaire is still at {@code readVersion} (null: don't check).
     * A stale request whose target the questionnaire has reached meanwhile is answered as done.
     */
    public Questionnaire.StateChange apply(
            String cycleCode, String regionCode, Transition transition, String reason, Integer readVersion) {
        Cycle cycle = cycles.byCode(cycleCode);
        Region region = regions.byCode(regionCode);
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        Set<Capacity> capacities = view.capacities();
        if (!transition.requested()) {
            throw UnknownTransition.implicit(transition);
        }
        if (transition.capacity() == Capacity.EXPERT && !cycle.isOpen()) {
            throw QuestionnaireRefusals.cycleClosed(cycleCode);
        }
        Questionnaire questionnaire = questionnaires.obtain(cycle, region);
        if (readVersion != null && readVersion != questionnaire.rowVersion()) {
            if (questionnaire.state() == transition.target()
                    && questionnaire.lastMovedBy(transition, caller.username())) {
                return new Questionnaire.StateChange(transition, questionnaire.state(), questionnaire.state(), reason);
            }
            throw new TransitionNotAllowed(
                    Refusal.Kind.CONFLICT,
                    "The questionnaire changed meanwhile: it is now "
                            + questionnaire.state().label().toLowerCase(Locale.ROOT) + lastMove(questionnaire)
                            + ". Reload it and decide again.");
        }
        Facts facts = Facts.of(capacities)
                .withCountryLevel(view.countryLevel())
                .withReason(reason)
                .withMissing(view.missing().stream()
                        .map(QuestionnaireView.MissingItem::describe)
                        .toList())
                .withOpenChangeRequests(threads.openChangeRequests(questionnaire));
        Questionnaire.StateChange change = moves.move(
                questionnaire, transition, facts, transition.capacity().actor(caller.username()));
        if (change.changed()) {
            notifier.questionnaireMoved(cycle, region, transition, caller.username(), reason);
            questionnaires.flush();
        }
        return change;
    }

    private static String lastMove(Questionnaire questionnaire) {
        return questionnaire.lastTransition() == null
                ? ""
                : " (" + questionnaire.lastTransition().label().toLowerCase(Locale.ROOT) + " by "
                        + questionnaire.lastActor() + " at " + questionnaire.lastChangedAt() + ")";
    }
}
