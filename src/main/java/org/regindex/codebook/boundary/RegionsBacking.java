package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.boundary.ImportReport;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.boundary.Uploads;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/** The regions page: the list, one new region, or many from a file. */
@Named
@RequestScoped
public class RegionsBacking {

    @Inject
    RegionDirectory directory;

    @Inject
    RegionImport regionImport;

    @Inject
    Uploads uploads;

    @Inject
    ImportReport report;

    private List<Region> regions;

    private String code;
    private String name;
    private String country;
    private UploadedFile file;

    public List<Region> getRegions() {
        if (regions == null) {
            regions = directory.list();
        }
        return regions;
    }

    public void add() {
        try {
            Region region = directory.add(code, name, country);
            PageMessages.done(PageTexts.text("regions.done.added", region.code(), region.name()));
            code = null;
            name = null;
            country = null;
            regions = null;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void importFile() {
        try {
            List<Region> added = regionImport.importFile(file.getFileName(), uploads.read(file));
            PageMessages.done(PageTexts.text(
                    added.size() == 1 ? "regions.done.importedOne" : "regions.done.importedMany",
                    String.valueOf(added.size())));
            regions = null;
        } catch (InvalidImport invalid) {
            report.show(invalid);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
