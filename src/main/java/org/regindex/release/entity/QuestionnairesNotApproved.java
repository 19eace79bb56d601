package org.regindex.release.entity;

import org.regindex.platform.entity.Refusal;

/** A freeze that names questionnaires not yet approved, or finds none approved. */
public class QuestionnairesNotApproved extends Refusal {
    private static final String CONDITION = "QuestionnairesNotApproved"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public QuestionnairesNotApproved(String message) {
        super(Kind.CONFLICT, CONDITION, message);
    }
}
