package org.regindex.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

/**
 * The problems of a refused upload, for the page that answers the upload. Request scoped: the list
 * belongs to that one answer and is gone with the next action.
 */
@Named
@RequestScoped
public class ImportReport {

    private InvalidImport refused;

    public void show(InvalidImport invalid) {
        refused = invalid;
        PageMessages.refused(invalid);
    }

    public boolean isShown() {
        return refused != null;
    }

    public List<ImportProblem> getProblems() {
        return refused == null ? List.of() : refused.problems();
    }

    public String getSummary() {
        int count = getProblems().size();
        return count == 1
                ? "1 problem was found; nothing was imported."
                : count + " problems were found; nothing was imported.";
    }
}
