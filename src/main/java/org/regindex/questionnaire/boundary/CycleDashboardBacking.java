package org.regindex.questionnaire.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.regindex.assignment.boundary.CycleTeams;
import org.regindex.codebook.boundary.CycleBacking;
import org.regindex.codebook.boundary.DeadlineText;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.CycleStanding;
import org.regindex.questionnaire.control.RegionProgress;
import org.regindex.questionnaire.entity.Attention;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.Transition;

/** The rows of the cycle page's team table and dashboard: one per region in scope. */
@Named
@ViewScoped
public class CycleDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CycleBacking page;

    @Inject
    CycleTeams teams;

    @Inject
    DataEntry dataEntry;

    @Inject
    Review review;

    @Inject
    QuestionnaireWorkflow workflow;

    @Inject
    Clock clock;

    /** Kept between requests so that the tables sort and filter the same rows; rebuilt after a change. */
    private transient List<RegionProgress> rows;

    private transient List<RegionProgress> dashboard;
    private transient CycleStanding standing;
    private transient int builtAfter;
    private transient List<RegionProgress> selected = List.of();

    /** In the cycle's region order, for the team table and the region choices. */
    public List<RegionProgress> getRows() {
        Cycle cycle = page.getCycle();
        if (cycle == null) {
            return List.of();
        }
        if (rows == null || builtAfter != page.changes()) {
            rows = RegionProgress.of(
                    cycle.regions(),
                    teams.assignments(cycle.code()),
                    this::standing,
                    state -> state.deadlineIn(cycle),
                    cycle.isOpen(),
                    LocalDate.now(clock));
            dashboard = new ArrayList<>(RegionProgress.needsFirst(rows));
            standing = RegionProgress.standing(rows, cycle.isOpen());
            builtAfter = page.changes();
        }
        return rows;
    }

    /** The counts above the dashboard: per state, awaiting approval, overdue. */
    public CycleStanding getStanding() {
        getRows();
        return standing == null ? CycleStanding.of(List.of(), false, 0) : standing;
    }

    /** Every state with its count, in the workflow's order. */
    public List<StateCount> getStateCounts() {
        CycleStanding counts = getStanding();
        return Arrays.stream(QuestionnaireState.values())
                .map(state ->
                        new StateCount(state.name(), PageTexts.label("questionnaireState", state), counts.count(state)))
                .toList();
    }

    /** One state and how many questionnaires are in it; {@code state} names the constant for the page's ids. */
    public record StateCount(String state, String label, int count) {}

    /** "Waits for your approval", "Overdue: the expert has not submitted", "Under way", "Done". */
    public String attentionText(RegionProgress row) {
        return row.overdue()
                ? PageTexts.label("attention.overdue", Attention.waitingFor(row.questionnaireState()))
                : PageTexts.label("attention", row.attention());
    }

    /** The same rows in a list of its own, with what needs the coordinator first, which the table sorts in place. */
    public List<RegionProgress> getDashboard() {
        getRows();
        return dashboard == null ? List.of() : dashboard;
    }

    /** Approves every selected region whose questionnaire is reviewed; says which were and why others were not. */
    public void approveSelected() {
        int approved = 0;
        for (RegionProgress row : selected) {
            try {
                if (workflow.apply(page.getCode(), row.regionCode(), Transition.APPROVE, null, null)
                        .changed()) {
                    approved++;
                }
            } catch (Refusal refused) {
                PageMessages.error(PageTexts.text("cycle.dashboard.refused", row.regionCode(), refused.getMessage()));
            }
        }
        PageMessages.done(PageTexts.text("cycle.dashboard.approved", approved));
        selected = List.of();
        rows = null;
    }

    /** "30 days left", "due today", "2 days overdue". */
    public String deadlineText(RegionProgress row) {
        return DeadlineText.of(row.daysLeft());
    }

    public List<RegionProgress> getSelected() {
        return selected;
    }

    public void setSelected(List<RegionProgress> selected) {
        this.selected = selected == null ? List.of() : selected;
    }

    private RegionProgress.Standing standing(Region region) {
        QuestionnaireView questionnaire = dataEntry.open(page.getCode(), region.code());
        return new RegionProgress.Standing(
                questionnaire.state(),
                PageTexts.label("questionnaireState", questionnaire.state()),
                questionnaire.answeredPercent(),
                review.threads(page.getCode(), region.code()).openChangeRequests(),
                questionnaire.lowConfidence());
    }
}
