package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.regindex.platform.boundary.PageTexts;

/**
 * The coordinator's home: one sentence per thing that asks for them, each linking to its cycle's
 * dashboard ("3 questionnaires wait for your approval in Round 2027", "2 are overdue in Round 2027").
 */
@Named
@RequestScoped
public class CoordinatorHomeBacking {

    /** One line of the list; {@code kind} is {@code approval} or {@code overdue}. */
    public record Action(String kind, String cycle, String text) {}

    @Inject
    CoordinatorAgenda agenda;

    private List<Action> actions;

    public List<Action> getActions() {
        if (actions == null) {
            actions = new ArrayList<>();
            for (CoordinatorAgenda.CycleNeeds cycle : agenda.needs()) {
                if (cycle.standing().awaitingApproval() > 0) {
                    actions.add(new Action(
                            "approval",
                            cycle.cycleCode(),
                            PageTexts.text(
                                    "work.coordinator.awaiting",
                                    cycle.standing().awaitingApproval(),
                                    cycle.cycleName())));
                }
                if (cycle.standing().overdue() > 0) {
                    actions.add(new Action(
                            "overdue",
                            cycle.cycleCode(),
                            PageTexts.text(
                                    "work.coordinator.overdue", cycle.standing().overdue(), cycle.cycleName())));
                }
            }
        }
        return actions;
    }
}
