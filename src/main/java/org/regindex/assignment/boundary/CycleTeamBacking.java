package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.boundary.CycleAdministration;
import org.regindex.codebook.boundary.CycleBacking;
import org.regindex.codebook.boundary.RegionDirectory;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.boundary.Uploads;

/** Who and what a cycle covers: regions in scope, and each region's experts and reviewers. */
@Named
@RequestScoped
public class CycleTeamBacking {

    @Inject
    CycleBacking page;

    @Inject
    CycleAdministration administration;

    @Inject
    CycleTeams teams;

    @Inject
    AssignmentImport assignmentImport;

    @Inject
    RegionDirectory directory;

    @Inject
    Uploads uploads;

    private String regionToAdd;
    private String region;
    private String username;
    private AssignmentRole role;
    private UploadedFile file;

    /** The regions a coordinator can still add to the cycle. */
    public List<Region> getOtherRegions() {
        if (page.getCycle() == null) {
            return List.of();
        }
        List<Region> inScope = page.getCycle().regions();
        return directory.list().stream()
                .filter(r -> inScope.stream().noneMatch(in -> in.code().equals(r.code())))
                .toList();
    }

    public AssignmentRole[] getRoles() {
        return AssignmentRole.values();
    }

    public void include() {
        page.apply(() -> {
            administration.include(page.getCode(), regionToAdd);
            return PageTexts.text("cycle.done.included", regionToAdd, page.getCode());
        });
    }

    public void exclude(String regionCode) {
        page.apply(() -> {
            teams.exclude(page.getCode(), regionCode);
            return PageTexts.text("cycle.done.excluded", regionCode, page.getCode());
        });
    }

    public void assign() {
        page.apply(() -> {
            teams.assign(page.getCode(), region, username, role);
            String assigned = PageTexts.text(
                    "cycle.done.assigned", username, region, PageTexts.text("assignment.role." + role.name()));
            username = null;
            return assigned;
        });
    }

    public void unassign(String regionCode, String person) {
        page.apply(() -> {
            teams.unassign(page.getCode(), regionCode, person);
            return PageTexts.text("cycle.done.unassigned", person, regionCode);
        });
    }

    public void importFile() {
        page.apply(() -> {
            int count = assignmentImport
                    .importFile(page.getCode(), file.getFileName(), uploads.read(file))
                    .size();
            return PageTexts.text(
                    count == 1 ? "cycle.done.importedOne" : "cycle.done.importedMany", String.valueOf(count));
        });
    }

    public String getRegionToAdd() {
        return regionToAdd;
    }

    public void setRegionToAdd(String regionToAdd) {
        this.regionToAdd = regionToAdd;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public void setRole(AssignmentRole role) {
        this.role = role;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
