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
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.boundary.DeadlineText;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;

/** The home page's list of the caller's own questionnaires, as expert or reviewer, newest deadline first. */
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
    DataEntry dataEntry;

    @Inject
    Clock clock;

    private List<Row> rows;

    public List<Row> rows(String role) {
        if (rows == null) {
            rows = new ArrayList<>();
            for (Assignment a : assignments.of(caller.username())) {
                try {
                    QuestionnaireView view =
                            dataEntry.open(a.cycle().code(), a.region().code());
                    rows.add(new Row(
                            a.cycle().code(),
                            a.cycle().name(),
                            a.region().code(),
                            a.region().name(),
                            a.role().name(),
                            PageTexts.label("questionnaireState", view.state()),
                            view.completePercent(),
                            deadline(a, view),
                            a.cycle().isOpen()));
                } catch (Refusal closedToThisPerson) {
                    // e.g. an expert's assignment in a closed cycle: nothing to open any more
                }
            }
        }
        return rows.stream().filter(row -> row.role().equals(role)).toList();
    }

    /**
     * The deadline of the person's own step: experts submit, reviewers review; with how far it is while the
     * questionnaire waits for them.
     */
    private String deadline(Assignment assignment, QuestionnaireView view) {
        DeadlineStep step = assignment.role() == AssignmentRole.EXPERT ? DeadlineStep.SUBMISSION : DeadlineStep.REVIEW;
        LocalDate deadline = assignment.cycle().deadlineFor(step);
        boolean waitsForThem =
                assignment.cycle().isOpen() && view.state().awaits().equals(Optional.of(step));
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
}
