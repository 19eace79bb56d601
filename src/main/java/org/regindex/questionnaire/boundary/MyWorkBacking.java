package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
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
                            a.cycle().deadline().toString(),
                            a.cycle().isOpen()));
                } catch (Refusal closedToThisPerson) {
                    // e.g. an expert's assignment in a closed cycle: nothing to open any more
                }
            }
        }
        return rows.stream().filter(row -> row.role().equals(role)).toList();
    }

    public List<Row> getAsExpert() {
        return rows(AssignmentRole.EXPERT.name());
    }

    public List<Row> getAsReviewer() {
        return rows(AssignmentRole.REVIEWER.name());
    }
}
