package org.regindex.questionnaire.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.entity.Capacity;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.AnswerEvidence;

/** The evidence files of one answer: the expert attaches and removes them, every reader opens them. */
@Named("evidence")
@ViewScoped
public class EvidenceBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One file as the page lists it. */
    public record Row(String name, String sha256, String mediaType, long size, String addedBy, String addedAt)
            implements Serializable {}

    @Inject
    EvidenceDesk desk;

    @Inject
    Caller caller;

    private String cycle;
    private String region;
    private String indicator;
    private String unavailable;
    private boolean writable;
    private List<Row> rows = List.of();
    private transient UploadedFile file;

    public void load() {
        try {
            List<EvidenceDesk.Attached> attached = desk.list(cycle, region, indicator);
            QuestionnaireView view = attached.isEmpty() ? null : attached.get(0).view();
            writable = view == null ? desk.mayAttach(cycle, region) : view.writable();
            rows = attached.stream().map(this::row).toList();
            unavailable = null;
        } catch (Refusal refused) {
            unavailable = refused.getMessage();
            PageMessages.pageRefused(refused);
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error(PageTexts.text("evidence.chooseFile"));
            return;
        }
        try {
            desk.add(cycle, region, indicator, file.getFileName(), file.getContent());
            PageMessages.done(PageTexts.text("evidence.attached", file.getFileName()));
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
        load();
    }

    public void remove(Row row) {
        try {
            desk.remove(cycle, region, indicator, row.sha256());
            PageMessages.done(PageTexts.text("evidence.removed", row.name()));
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
        load();
    }

    public StreamedContent download(Row row) {
        AnswerEvidence opened =
                desk.open(cycle, region, indicator, row.sha256()).evidence();
        byte[] bytes = desk.bytes(opened);
        return DefaultStreamedContent.builder()
                .name(opened.fileName())
                .contentType(opened.file().mediaType())
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private Row row(EvidenceDesk.Attached attached) {
        AnswerEvidence e = attached.evidence();
        QuestionnaireView view = attached.view();
        return new Row(
                e.fileName(),
                e.file().sha256(),
                e.file().mediaType(),
                e.file().size(),
                Names.shown(e.addedBy(), Capacity.EXPERT, view.cycle(), view.capacities(), caller.username()),
                e.addedAt().toString());
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getUnavailable() {
        return unavailable;
    }

    public boolean isWritable() {
        return writable;
    }

    public List<Row> getRows() {
        return rows;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public long getMaxBytes() {
        return desk.maxFileBytes();
    }
}
