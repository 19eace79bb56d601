package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.regindex.platform.boundary.ImportReport;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.boundary.Uploads;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/** The regions page's boundary import: a GeoJSON file and the notice its source asks for. */
@Named
@RequestScoped
public class BoundariesBacking {

    @Inject
    BoundaryImport boundaryImport;

    @Inject
    Uploads uploads;

    @Inject
    ImportReport report;

    private UploadedFile file;
    private String attribution;
    private Integer stored;

    public void importFile() {
        try {
            BoundaryImport.Imported imported =
                    boundaryImport.importFile(file.getFileName(), uploads.read(file), attribution);
            PageMessages.done(PageTexts.text(
                    "regions.boundaries.done", String.valueOf(imported.points().size())));
            stored = null;
        } catch (InvalidImport invalid) {
            report.show(invalid);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    /** How many regions have a boundary. */
    public int getStored() {
        if (stored == null) {
            stored = boundaryImport.all().size();
        }
        return stored;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution;
    }
}
