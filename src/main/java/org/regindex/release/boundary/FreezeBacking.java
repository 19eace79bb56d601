package org.regindex.release.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.regindex.codebook.boundary.CycleAdministration;
import org.regindex.codebook.entity.Cycle;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.release.control.FreezeSelection;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;

/** The freeze form: a cycle, which of its approved questionnaires go in, a title and notes. */
@Named
@ViewScoped
public class FreezeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseDesk desk;

    @Inject
    CycleAdministration administration;

    private String cycle;
    private List<String> regions = new ArrayList<>();
    private String title;
    private String notes;
    private String licence;

    /** Reloaded when the view is restored elsewhere: they are not serializable. */
    private transient List<Cycle> cycles;

    private transient List<FreezeSelection.Readiness> readiness;

    public List<Cycle> getCycles() {
        if (cycles == null) {
            cycles = administration.list();
        }
        return cycles;
    }

    /** A newly chosen cycle starts with every approved questionnaire chosen. */
    public void chooseCycle() {
        readiness = null;
        regions = new ArrayList<>(getReadiness().stream()
                .filter(FreezeSelection.Readiness::approved)
                .map(FreezeSelection.Readiness::region)
                .toList());
    }

    /** The regions of the chosen cycle, approved or not; none before a cycle is chosen. */
    public List<FreezeSelection.Readiness> getReadiness() {
        if (readiness == null) {
            readiness = List.of();
            if (cycle != null) {
                try {
                    readiness = desk.readiness(cycle);
                } catch (Refusal refused) {
                    PageMessages.refused(refused);
                }
            }
        }
        return readiness;
    }

    public boolean isAnyApproved() {
        return getReadiness().stream().anyMatch(FreezeSelection.Readiness::approved);
    }

    /** The desk takes no regions to mean every approved one, so unticking them all must not freeze them all. */
    public String freeze() {
        if (regions.isEmpty() && isAnyApproved()) {
            PageMessages.error(PageTexts.text("releases.error.noneChosen"));
            return null;
        }
        try {
            Release release = desk.freeze(cycle, regions, title, notes, licence);
            PageMessages.doneThenRedirect(
                    PageTexts.text("releases.done.frozen", release.version(), release.cycleCode()));
            return "/app/coordinator/release?faces-redirect=true&version=" + release.version();
        } catch (Refusal refused) {
            PageMessages.refused(refused);
            return null;
        }
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The licences a release may carry; the configured default is chosen until another is. */
    public Licence[] getLicences() {
        return Licence.values();
    }

    public String getLicence() {
        if (licence == null) {
            licence = desk.defaultLicence().spdx;
        }
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
