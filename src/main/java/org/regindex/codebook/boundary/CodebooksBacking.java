package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.regindex.codebook.boundary.CodebookCatalog.Download;
import org.regindex.codebook.boundary.CodebookCatalog.FileFormat;
import org.regindex.codebook.entity.Codebook;
import org.regindex.platform.boundary.ImportReport;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.boundary.Uploads;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/** The codebooks page: every version, import of a file as the next version, export, copy, delete. */
@Named
@RequestScoped
public class CodebooksBacking {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    CodebookCatalog catalog;

    @Inject
    Uploads uploads;

    @Inject
    ImportReport report;

    private String code;
    private String title;
    private String language = "en";
    private UploadedFile file;

    private List<Codebook> codebooks;
    private final Map<Long, String> usedBy = new HashMap<>();

    public List<Codebook> getCodebooks() {
        if (codebooks == null) {
            codebooks = catalog.list();
        }
        return codebooks;
    }

    /** The cycle using this version, or null: such a version cannot be deleted. */
    public String usedBy(Codebook codebook) {
        return usedBy.computeIfAbsent(codebook.id(), id -> catalog.usedBy(codebook));
    }

    public String created(Codebook codebook) {
        return CREATED.format(codebook.createdAt());
    }

    public void importFile() {
        try {
            Codebook imported = catalog.importFile(code, title, language, file.getFileName(), uploads.read(file));
            PageMessages.done(PageTexts.text(
                    "codebooks.done.imported",
                    imported.reference(),
                    String.valueOf(imported.indicators().size())));
            code = null;
            title = null;
            language = "en";
            codebooks = null;
        } catch (InvalidImport invalid) {
            report.show(invalid);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void copy(Codebook codebook) {
        try {
            Codebook copy = catalog.copyToNewVersion(codebook.code(), codebook.version());
            PageMessages.done(PageTexts.text("codebooks.done.copied", codebook.reference(), copy.reference()));
            codebooks = null;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void delete(Codebook codebook) {
        try {
            catalog.delete(codebook.code(), codebook.version());
            PageMessages.done(PageTexts.text("codebooks.done.deleted", codebook.reference()));
            codebooks = null;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    /** The file for a download button; null (no download, a message instead) when refused. */
    public StreamedContent export(Codebook codebook, String format) {
        try {
            Download download = catalog.export(codebook.code(), codebook.version(), FileFormat.valueOf(format));
            return DefaultStreamedContent.builder()
                    .name(download.fileName())
                    .contentType(download.mediaType())
                    .contentLength((long) download.content().length)
                    .stream(() -> new ByteArrayInputStream(download.content()))
                    .build();
        } catch (Refusal refused) {
            PageMessages.refused(refused);
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
