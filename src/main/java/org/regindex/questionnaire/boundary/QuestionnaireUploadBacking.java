package org.regindex.questionnaire.boundary;

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

/** The questionnaire page's upload of a filled-in workbook: all or nothing, conflicts listed. */
@Named("qUpload")
@RequestScoped
public class QuestionnaireUploadBacking {

    @Inject
    QuestionnaireBacking page;

    @Inject
    OfflineWork offline;

    @Inject
    Uploads uploads;

    @Inject
    ImportReport report;

    private UploadedFile file;

    public void upload() {
        try {
            OfflineWork.Upload done =
                    offline.upload(page.getCycle(), page.getRegion(), file.getFileName(), uploads.read(file));
            PageMessages.done(PageTexts.text("questionnaire.offline.applied", done.changed(), done.unchanged()));
            page.load();
        } catch (InvalidImport invalid) {
            report.show(invalid);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
