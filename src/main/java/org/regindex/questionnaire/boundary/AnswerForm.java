package org.regindex.questionnaire.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Lack;
import org.regindex.questionnaire.entity.Source;

/** The fields of one answer as the questionnaire page edits them, with its version and save status. */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable source line. */
    public static class SourceRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String citation = "";
        private String url = "";

        public SourceRow() {}

        SourceRow(String citation, String url) {
            this.citation = citation;
            this.url = url;
        }

        public String getCitation() {
            return citation;
        }

        public void setCitation(String citation) {
            this.citation = citation == null ? "" : citation;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url == null ? "" : url;
        }

        boolean isBlank() {
            return citation.isBlank() && url.isBlank();
        }
    }

    private final String indicator;
    private final boolean confidenceRequired;
    private String option;
    private boolean notApplicable;
    private String notApplicableReason;
    private String justification;
    private String note;
    private Confidence confidence;
    private final List<SourceRow> sources = new ArrayList<>();
    private int version;
    private String status = "";
    private boolean failed;
    private boolean stale;

    public AnswerForm(String indicator, boolean confidenceRequired, AnswerContent content, int version) {
        this.indicator = indicator;
        this.confidenceRequired = confidenceRequired;
        load(content, version);
    }

    final void load(AnswerContent content, int newVersion) {
        option = content.optionCode();
        notApplicable = content.notApplicable();
        notApplicableReason = content.notApplicableReason();
        justification = content.justification();
        note = content.note();
        confidence = content.confidence();
        sources.clear();
        content.sources().forEach(source -> sources.add(new SourceRow(source.citation(), source.url())));
        version = newVersion;
    }

    /** Empty source lines are the page's, not the answer's: they are not sent. */
    AnswerContent toContent() {
        return new AnswerContent(
                notApplicable ? null : option,
                notApplicable,
                notApplicable ? notApplicableReason : "",
                justification,
                sources.stream()
                        .filter(row -> !row.isBlank())
                        .map(row -> new Source(row.citation, row.url))
                        .toList(),
                note,
                confidence);
    }

    void saved(int newVersion, String message) {
        version = newVersion;
        status = message;
        failed = false;
        stale = false;
    }

    void refused(String message, boolean newerVersionExists) {
        status = message;
        failed = true;
        stale = newerVersionExists;
    }

    /** Takes the stored version, giving up what was typed here since. */
    void reloaded(AnswerContent content, int storedVersion) {
        load(content, storedVersion);
        saved(storedVersion, PageTexts.text("editor.reloaded"));
    }

    public boolean isStale() {
        return stale;
    }

    public void addSource() {
        sources.add(new SourceRow());
    }

    public void removeSource(SourceRow row) {
        sources.remove(row);
    }

    /** Complete as submitting needs it, with what is typed here now (see {@code AnswerContent.lacks}). */
    public boolean isComplete() {
        return lacks().isEmpty();
    }

    List<Lack> lacks() {
        return toContent().lacks(confidenceRequired);
    }

    public boolean isConfidenceRequired() {
        return confidenceRequired;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public Confidence[] getConfidences() {
        return Confidence.values();
    }

    public String getIndicator() {
        return indicator;
    }

    public String getOption() {
        return option;
    }

    public void setOption(String option) {
        this.option = option;
    }

    public boolean isNotApplicable() {
        return notApplicable;
    }

    public void setNotApplicable(boolean notApplicable) {
        this.notApplicable = notApplicable;
    }

    public String getNotApplicableReason() {
        return notApplicableReason;
    }

    public void setNotApplicableReason(String reason) {
        this.notApplicableReason = reason == null ? "" : reason;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification == null ? "" : justification;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public int getVersion() {
        return version;
    }

    public String getStatus() {
        return status;
    }

    public boolean isFailed() {
        return failed;
    }
}
