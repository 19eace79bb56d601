package org.regindex.questionnaire.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.regindex.codebook.entity.Axis;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.Translations;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.Sections;
import org.regindex.questionnaire.control.StaleAnswer;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.release.entity.ReleaseContent;

/** The questionnaire page: sections by axis, one form per indicator saved on every change, submit. */
@Named("q")
@ViewScoped
public class QuestionnaireBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    DataEntry dataEntry;

    @Inject
    QuestionnaireWorkflow workflow;

    @Inject
    OfflineWork offline;

    @Inject
    LastRelease lastRelease;

    private transient Optional<LastRelease.Previous> previous;

    private String cycle;
    private String region;
    private String axis;
    private String section;
    private boolean incompleteOnly;
    private boolean lowConfidenceOnly;
    private transient QuestionnaireView view;
    private final Map<String, AnswerForm> forms = new LinkedHashMap<>();
    private String unavailable;

    /** Runs on every GET of the page (f:viewAction); a refusal (not assigned, closed) shows its reason instead. */
    public void load() {
        try {
            view = dataEntry.open(cycle, region);
        } catch (Refusal refused) {
            unavailable = refused.getMessage();
            PageMessages.status(refused);
            return;
        }
        forms.clear();
        for (Indicator indicator : view.cycle().codebook().indicators()) {
            forms.put(
                    indicator.code(),
                    new AnswerForm(
                            indicator.code(),
                            indicator.confidenceRequired(),
                            view.content(indicator.code()),
                            view.answerVersion(indicator.code())));
        }
        axis = view.cycle().codebook().axes().get(0).code();
        section = getSections().get(0).code();
    }

    QuestionnaireView view() {
        if (view == null) {
            view = dataEntry.open(cycle, region);
        }
        return view;
    }

    public void save(String indicator) {
        AnswerForm form = forms.get(indicator);
        try {
            Answer answer = dataEntry.save(cycle, region, indicator, form.toContent(), form.getVersion(), false);
            form.saved(answer.rowVersion(), PageTexts.text("editor.savedAt", TIME.format(answer.updatedAt())));
            view = null;
            PrimeFaces.current().ajax().update("qform:summary", "qform:sections", "qform:todo");
        } catch (Refusal refused) {
            form.refused(refused.getMessage(), refused instanceof StaleAnswer);
        }
    }

    /** Last round's answers, when the region has a published release of another cycle. */
    public Optional<LastRelease.Previous> getPrevious() {
        if (previous == null) {
            previous = lastRelease.of(cycle, region);
        }
        return previous;
    }

    public ReleaseContent.Answer previousAnswer(String indicator) {
        return getPrevious().map(p -> p.answers().get(indicator)).orElse(null);
    }

    public void copyPrevious(String indicator) {
        try {
            lastRelease.copy(cycle, region, indicator);
            reloadAnswer(indicator);
            forms.get(indicator)
                    .saved(
                            forms.get(indicator).getVersion(),
                            PageTexts.text("editor.copied", getPrevious().get().version()));
        } catch (Refusal refused) {
            forms.get(indicator).refused(refused.getMessage(), refused instanceof StaleAnswer);
        }
    }

    public void copyAllPrevious() {
        try {
            int copied = lastRelease.copyAllUnanswered(cycle, region).copied();
            load();
            message(
                    FacesMessage.SEVERITY_INFO,
                    PageTexts.text(
                            "questionnaire.copiedAll",
                            copied,
                            getPrevious().map(LastRelease.Previous::version).orElse("")));
        } catch (Refusal refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
    }

    public void reloadAnswer(String indicator) {
        view = null;
        forms.get(indicator).reloaded(view().content(indicator), view().answerVersion(indicator));
    }

    /** Reads the questionnaire again on next use, after someone (maybe this page) moved it on. */
    void forget() {
        view = null;
    }

    public void addSource(String indicator) {
        forms.get(indicator).addSource();
    }

    public void removeSource(String indicator, AnswerForm.SourceRow row) {
        forms.get(indicator).removeSource(row);
        save(indicator);
    }

    public void submit() {
        try {
            workflow.apply(cycle, region, Transition.SUBMIT, null, null);
            message(FacesMessage.SEVERITY_INFO, PageTexts.text("questionnaire.submitted"));
        } catch (Refusal refused) {
            view = null;
            List<QuestionnaireView.MissingItem> missing = view().missing();
            message(
                    FacesMessage.SEVERITY_ERROR,
                    missing.isEmpty()
                            ? refused.getMessage()
                            : PageTexts.text("questionnaire.notSubmitted", missing.size()));
        }
        view = null;
    }

    /** Shows the section of an indicator, for the links of the to-do list. */
    public void goTo(String indicator) {
        Indicator target = view().cycle().codebook().indicator(indicator).orElseThrow();
        section = target.categoryOn(axis).code();
        incompleteOnly = false;
        lowConfidenceOnly = false;
    }

    public void axisChanged() {
        section = getSections().get(0).code();
    }

    public StreamedContent getWorkbook() {
        return DefaultStreamedContent.builder()
                .name(cycle + "-" + region + "-questionnaire.xlsx")
                .contentType(Spreadsheets.XLSX_TYPE)
                .stream(() ->
                        new ByteArrayInputStream(offline.download(cycle, region).content()))
                .build();
    }

    public List<Sections.Section> getSections() {
        Axis chosen = view().cycle().codebook().axes().stream()
                .filter(a -> a.code().equals(axis))
                .findFirst()
                .orElse(view().cycle().codebook().axes().get(0));
        Translations translations = view().cycle().codebook().translations();
        String language = PageTexts.pageLocale().getLanguage();
        return Sections.of(
                chosen,
                view().cycle().codebook().indicators(),
                indicator -> forms.get(indicator.code()).isComplete(),
                category -> translations.label(language, chosen, category));
    }

    /** An axis's label in the page's language, for the choice of sections. */
    public String axisLabel(Axis axis) {
        return view().cycle()
                .codebook()
                .translations()
                .label(PageTexts.pageLocale().getLanguage(), axis);
    }

    public List<Indicator> getIndicators() {
        return getSections().stream()
                .filter(s -> s.code().equals(section))
                .findFirst()
                .map(Sections.Section::indicators)
                .orElse(List.of())
                .stream()
                .filter(i -> !incompleteOnly || !forms.get(i.code()).isComplete())
                .filter(i -> !lowConfidenceOnly || forms.get(i.code()).getConfidence() == Confidence.LOW)
                .toList();
    }

    public AnswerForm form(String indicator) {
        return forms.get(indicator);
    }

    /** How many indicators still lack something for submitting, with what is typed on the page now. */
    int incompleteCount() {
        return (int) forms.values().stream().filter(form -> !form.isComplete()).count();
    }

    public int getCompletePercent() {
        long complete = forms.values().stream().filter(AnswerForm::isComplete).count();
        return forms.isEmpty() ? 0 : (int) (complete * 100 / forms.size());
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getUnavailable() {
        return unavailable;
    }

    public QuestionnaireView getView() {
        return view();
    }

    /** The questionnaire's state in words. */
    public String getStateLabel() {
        return PageTexts.label("questionnaireState", view().state());
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

    public String getAxis() {
        return axis;
    }

    public void setAxis(String axis) {
        this.axis = axis;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public boolean isIncompleteOnly() {
        return incompleteOnly;
    }

    public void setIncompleteOnly(boolean incompleteOnly) {
        this.incompleteOnly = incompleteOnly;
    }

    public boolean isLowConfidenceOnly() {
        return lowConfidenceOnly;
    }

    public void setLowConfidenceOnly(boolean lowConfidenceOnly) {
        this.lowConfidenceOnly = lowConfidenceOnly;
    }
}
