package org.regindex.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.PageRequest;
import org.regindex.platform.entity.Refusal;

/**
 * The audit page: a questionnaire's trail (address names cycle and region) for the people involved, or a
 * whole cycle's for coordinators, filtered by region, person and action, and downloadable as CSV.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    AuditRows sentences;

    private String cycle;
    private String questionnaireRegion;
    private String region;
    private String person;
    private String action;
    private List<AuditLog.Line> lines = List.of();
    private transient List<AuditRows.Row> rows;
    private transient List<SelectItem> actions;

    @PostConstruct
    void readAddress() {
        cycle = Address.parameter("cycle");
        questionnaireRegion = Address.parameter("region");
        load();
    }

    public void load() {
        if (cycle == null) {
            PageMessages.error(PageTexts.text("audit.error.noAddress"));
            return;
        }
        rows = null;
        try {
            lines = questionnaireRegion != null
                    ? log.linesOfQuestionnaire(cycle, questionnaireRegion)
                    : log.linesOfCycle(cycle, region, person, action);
        } catch (Refusal refused) {
            lines = List.of();
            PageMessages.pageRefused(refused);
        }
    }

    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder()
                .name(cycle + (questionnaireRegion == null ? "" : "-" + questionnaireRegion) + "-audit.csv")
                .contentType(Spreadsheets.CSV_TYPE)
                .stream(() -> new ByteArrayInputStream(log.csv(entries())))
                .build();
    }

    /** The actions of the cycle's trail with their labels, for the filter. */
    public List<SelectItem> getActions() {
        if (actions == null) {
            try {
                actions = log.actionsOf(cycle).stream()
                        .map(a -> new SelectItem(a, AuditRows.actionLabel(a)))
                        .toList();
            } catch (Refusal refused) {
                actions = List.of();
            }
        }
        return actions;
    }

    public boolean isWholeCycle() {
        return questionnaireRegion == null;
    }

    /** The events as sentences in the page's language, newest first. */
    public List<AuditRows.Row> getEntries() {
        if (rows == null) {
            rows = sentences.of(lines);
        }
        return rows;
    }

    private List<AuditLog.Entry> entries() {
        return questionnaireRegion != null
                ? log.ofQuestionnaire(cycle, questionnaireRegion, PageRequest.first(AuditLog.LIMIT))
                        .items()
                : log.ofCycle(cycle, region, person, action);
    }

    public String getCycle() {
        return cycle;
    }

    public String getQuestionnaireRegion() {
        return questionnaireRegion;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
