package org.regindex.codebook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.regindex.codebook.control.ContributorLines;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;

/** The cycle page's credit: the contributors its releases name, one per line. */
@Named
@ViewScoped
public class CycleCreditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CycleAdministration administration;

    private String code;
    private String contributors;

    @PostConstruct
    void readAddress() {
        code = Address.parameter("code");
    }

    public String getContributors() {
        if (contributors == null && code != null) {
            try {
                contributors = ContributorLines.format(administration.find(code).contributors());
            } catch (Refusal refused) {
                contributors = "";
            }
        }
        return contributors;
    }

    public void setContributors(String contributors) {
        this.contributors = contributors;
    }

    /** A refused list stays in the box as typed, with the sentence that says which line is wrong. */
    public void save() {
        try {
            int count = administration
                    .credit(code, ContributorLines.parse(contributors))
                    .contributors()
                    .size();
            contributors = null;
            PageMessages.done(PageTexts.text("cycle.credit.done", String.valueOf(count), code));
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }
}
