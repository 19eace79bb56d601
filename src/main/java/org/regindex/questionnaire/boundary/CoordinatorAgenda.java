package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.questionnaire.control.CycleStanding;
import org.regindex.questionnaire.control.Questionnaires;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.QuestionnaireState;

/** What asks for a coordinator across the cycles: approvals waiting and overdue questionnaires, per cycle. */
@RequestScoped
@Transactional
public class CoordinatorAgenda {

    /** One cycle that needs the coordinator, with its counts. */
    public record CycleNeeds(String cycleCode, String cycleName, CycleStanding standing) {}

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Clock clock;

    /** The cycles with a questionnaire waiting for approval or overdue, newest deadline first. */
    public List<CycleNeeds> needs() {
        caller.require(Role.COORDINATOR);
        LocalDate today = LocalDate.now(clock);
        List<CycleNeeds> needs = new ArrayList<>();
        for (Cycle cycle : cycles.all()) {
            Map<String, QuestionnaireState> started = questionnaires.of(cycle).stream()
                    .collect(Collectors.toMap(q -> q.region().code(), Questionnaire::state));
            List<QuestionnaireState> states = cycle.regions().stream()
                    .map(region -> started.getOrDefault(region.code(), QuestionnaireState.NOT_STARTED))
                    .toList();
            CycleStanding standing = CycleStanding.of(
                    states, cycle.isOpen(), state -> Deadline.daysLeft(state.deadlineIn(cycle), today));
            if (standing.needsCoordinator()) {
                needs.add(new CycleNeeds(cycle.code(), cycle.name(), standing));
            }
        }
        return needs;
    }
}
