package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.control.CountryLeads;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.assignment.entity.CountryLead;
import org.regindex.codebook.boundary.DeadlineText;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;

/**
 * The home page's list of the caller's own questionnaires: as expert or reviewer, and as lead of a country in a
 * cycle with a country level.
 */
@Named
@RequestScoped
public class MyWorkBacking {

    /** One assignment with where its questionnaire stands. */
    public record Row(
            String cycle,
            String cycleName,
            String region,
            String regionName,
            String role,
            String state,
            int completePercent,
            String deadline,
            boolean open) {}

    @Inject
    Caller caller;

    @Inject
    Assignments assignments;

    @Inject
    CountryLeads countryLeads;

    @Inject
    DataEntry dataEntry;

    @Inject
    Clock clock;

    private static final String COUNTRY_LEAD = "COUNTRY_LEAD";

    private List<Row> rows;

    public List<Row> rows(String role) {
        if (rows == null) {
            rows = new ArrayList<>();
            for (Assignment a : assignments.of(caller.username())) {
                add(a.cycle(), a.region(), a.role().name(), stepOf(a.role()).orElse(null));
            }
            for (CountryLead lead : countryLeads.of(caller.username())) {
                if (lead.cycle().countryLevel()) {
                    lead.cycle().regions().stream()
                            .filter(region -> region.countryCode().equals(lead.countryCode()))
                            .forEach(region -> add(lead.cycle(), region, COUNTRY_LEAD, DeadlineStep.APPROVAL));
                }
            }
        }
        return rows.stream().filter(row -> row.role().equals(role)).toList();
    }

    private void add(Cycle cycle, Region region, String role, DeadlineStep step) {
        try {
            QuestionnaireView view = dataEntry.open(cycle.code(), region.code());
            rows.add(new Row(
                    cycle.code(),
                    cycle.name(),
                    region.code(),
                    region.name(),
                    role,
                    PageTexts.label("questionnaireState", view.state()),
                    view.completePercent(),
                    deadline(cycle, step, view),
                    cycle.isOpen()));
        } catch (Refusal closedToThisPerson) {
            // e.g. an expert's assignment in a closed cycle: nothing to open any more
        }
    }

    /** The step whose deadline is theirs; a government contact has the reply deadline instead. */
    private static Optional<DeadlineStep> stepOf(AssignmentRole role) {
        return switch (role) {
            case EXPERT -> Optional.of(DeadlineStep.SUBMISSION);
            case REVIEWER -> Optional.of(DeadlineStep.REVIEW);
            case GOVERNMENT -> Optional.empty();
        };
    }

    /**
     * The deadline of the person's own step: experts submit, reviewers review, leads approve, government contacts
     * reply (no step: the reply deadline); with how far it is while the questionnaire waits for them.
     */
    private String deadline(Cycle cycle, DeadlineStep step, QuestionnaireView view) {
        LocalDate deadline = step == null ? cycle.replyDeadline().orElse(cycle.deadline()) : cycle.deadlineFor(step);
        boolean waitsForThem = cycle.isOpen()
                && (step == null
                        ? !LocalDate.now(clock).isAfter(deadline)
                        : view.state().awaits().equals(Optional.of(step)));
        return waitsForThem
                ? PageTexts.text(
                        "myQuestionnaires.deadlineWaiting",
                        deadline.toString(),
                        DeadlineText.of(Deadline.daysLeft(deadline, LocalDate.now(clock))))
                : deadline.toString();
    }

    public List<Row> getAsExpert() {
        return rows(AssignmentRole.EXPERT.name());
    }

    public List<Row> getAsReviewer() {
        return rows(AssignmentRole.REVIEWER.name());
    }

    public List<Row> getAsGovernment() {
        return rows(AssignmentRole.GOVERNMENT.name());
    }

    public List<Row> getAsCountryLead() {
        return rows(COUNTRY_LEAD);
    }
}
