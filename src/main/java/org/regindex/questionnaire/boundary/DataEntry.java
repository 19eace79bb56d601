package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.regindex.assignment.control.NotAssigned;
import org.regindex.assignment.control.Participation;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.control.Codebooks;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.questionnaire.control.AnswerJson;
import org.regindex.questionnaire.control.AnswerSaveRule;
import org.regindex.questionnaire.control.AnswerSaved;
import org.regindex.questionnaire.control.Answers;
import org.regindex.questionnaire.control.QuestionnaireMoves;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.control.Questionnaires;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Facts;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.RightOfReply;
import org.regindex.questionnaire.entity.Transition;

/** Reading a region's questionnaire and saving its answers, with every rule of who, when and which version. */
@RequestScoped
@Transactional
public class DataEntry {

    @Inject
    Caller caller;

    @Inject
    Participation participation;

    @Inject
    Cycles cycles;

    @Inject
    Codebooks codebooks;

    @Inject
    Regions regions;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Answers answers;

    @Inject
    AuditTrail audit;

    @Inject
    QuestionnaireMoves moves;

    @Inject
    Clock clock;

    public QuestionnaireView open(String cycleCode, String regionCode) {
        Cycle cycle = cycles.byCode(cycleCode);
        Region region = regionIn(cycle, regionCode);
        Set<Capacity> capacities = participation.toRead(cycle, region);
        boolean countryLevel = participation.countryLevel(cycle, region);
        QuestionnaireView view = questionnaires
                .find(cycle, region)
                .map(q -> new QuestionnaireView(
                        cycle, region, q.state(), q.rowVersion(), answers.of(q), capacities, countryLevel))
                .orElseGet(() -> new QuestionnaireView(
                        cycle, region, QuestionnaireState.NOT_STARTED, 0, Map.of(), capacities, countryLevel));
        if (RightOfReply.governmentOnly(capacities)) {
            RightOfReply.requireReadable(cycle, view.state(), regionCode);
        }
        return view;
    }

    /**
     * Saves one answer as its expert, if {@code readVersion} is the version stored (0 for an answer never
     * saved). Sending what is stored already changes nothing; the first save starts the questionnaire and
     * a save after a change request resumes it. With {@code keepNote} the stored private note stays as it is.
     */
    public Answer save(
            String cycleCode,
            String regionCode,
            String indicatorCode,
            AnswerContent sent,
            int readVersion,
            boolean keepNote) {
        Cycle cycle = cycles.byCode(cycleCode);
        Region region = regionIn(cycle, regionCode);
        requireExpert(cycle, region);
        Indicator indicator = codebooks
                .indicator(cycle.codebook(), indicatorCode)
                .orElseThrow(() -> QuestionnaireRefusals.unknownIndicator(
                        indicatorCode, cycle.codebook().reference()));
        Questionnaire existing = questionnaires.find(cycle, region).orElse(null);
        Answer answer =
                existing == null ? null : answers.answer(existing, indicator).orElse(null);
        AnswerContent before = answer == null ? AnswerContent.EMPTY : answer.content();
        AnswerContent content = AnswerSaveRule.content(answer, sent, keepNote);
        AnswerSaveRule.Outcome outcome = AnswerSaveRule.check(
                cycleCode,
                cycle.isOpen(),
                existing == null ? QuestionnaireState.NOT_STARTED : existing.state(),
                indicatorCode,
                answer,
                content,
                readVersion);
        if (outcome == AnswerSaveRule.Outcome.UNCHANGED) {
            return answer;
        }
        Questionnaire questionnaire = existing != null ? existing : questionnaires.obtain(cycle, region);
        Subject subject =
                new Subject("answer", AnswerSaved.subject(cycleCode, regionCode, indicatorCode), cycleCode, regionCode);
        if (answer == null) {
            answer = new Answer(questionnaire, indicator);
            answer.revise(content, caller.username(), clock.instant());
            answers.add(answer);
        } else {
            answer.revise(content, caller.username(), clock.instant());
        }
        resume(questionnaire);
        // The private note stays out of the trail: reviewers and coordinators read the trail.
        audit.record(
                caller.actingAs(Role.EXPERT),
                QuestionnaireEvent.ANSWER_SAVED,
                subject,
                AnswerJson.of(before, false),
                AnswerJson.of(content, false));
        questionnaires.flush();
        return answer;
    }

    /** Refuses anyone but the region's expert, before anything else about the questionnaire is looked at. */
    public void requireExpert(String cycleCode, String regionCode) {
        Cycle cycle = cycles.byCode(cycleCode);
        requireExpert(cycle, regionIn(cycle, regionCode));
    }

    private void requireExpert(Cycle cycle, Region region) {
        Set<Capacity> capacities = participation.capacities(cycle, region);
        if (!capacities.contains(Capacity.EXPERT)) {
            throw capacities.isEmpty()
                    ? new NotAssigned(region.code(), cycle.code())
                    : QuestionnaireRefusals.readOnly();
        }
    }

    /** Saving moves a questionnaire that was not started, or came back with change requests, into progress. */
    private void resume(Questionnaire questionnaire) {
        Transition implicit = switch (questionnaire.state()) {
            case NOT_STARTED -> Transition.START;
            case CHANGES_REQUESTED -> Transition.RESUME;
            default -> null;
        };
        if (implicit != null) {
            moves.move(
                    questionnaire,
                    implicit,
                    Facts.of(Set.of(Capacity.EXPERT)),
                    Capacity.EXPERT.actor(caller.username()));
        }
    }

    private Region regionIn(Cycle cycle, String regionCode) {
        Region region = regions.byCode(regionCode);
        if (!cycles.covers(cycle, region)) {
            throw QuestionnaireRefusals.regionNotInCycle(regionCode, cycle.code());
        }
        return region;
    }
}
