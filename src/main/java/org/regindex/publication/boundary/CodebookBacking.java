package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.regindex.publication.control.RankSensitivity;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.control.Citations;
import org.regindex.release.control.CodebookDocument;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.WorkedExample;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The codebook document of a release as a page: the same facts, methodology, worked example, axes and
 * indicators as its PDF download, in the page's language (the codebook's own texts are as written).
 */
@Named
@RequestScoped
public class CodebookBacking extends ReleasePage {

    @Inject
    ReleaseDesk desk;

    private ReleaseFacts facts;
    private WorkedExample example;
    private NumberFormat twoDecimals;

    @Override
    protected String versionParameter() {
        return "version";
    }

    @Override
    protected void prepare() {
        facts = desk.facts(release);
        example = WorkedExample.of(content).orElse(null);
        twoDecimals = NumberFormat.getNumberInstance(language.getLocale());
        twoDecimals.setMinimumFractionDigits(2);
        twoDecimals.setMaximumFractionDigits(2);
    }

    public ReleaseContent.Header getHeader() {
        return content.header();
    }

    public ReleaseFacts getFacts() {
        return facts;
    }

    public String getCitation() {
        return Citations.text(content, facts).strip();
    }

    /** "Creative Commons Attribution 4.0 International (CC-BY-4.0)". */
    public String getLicenceName() {
        return facts.licence().title + " (" + facts.licence().spdx + ")";
    }

    public String getLicenceUrl() {
        return facts.licence().url;
    }

    public String getFrozenOn() {
        return explorer.date(release.frozenAt());
    }

    public String getPdf() {
        return "../api/v1/releases/" + release.version() + "/download/" + ReleaseExports.Format.CODEBOOK_PDF.name;
    }

    public List<ReleaseContent.Axis> getAxes() {
        return content.axes();
    }

    /** How many Monte Carlo runs the release's sensitivity page draws, for the methodology's paragraph on it. */
    public int getSensitivityRuns() {
        return RankSensitivity.RUNS;
    }

    public String getFirstAxis() {
        return content.axes().isEmpty() ? "" : content.axes().get(0).label();
    }

    public List<ReleaseContent.Indicator> getIndicators() {
        return content.indicators();
    }

    public long count(ReleaseContent.Axis axis, ReleaseContent.Category category) {
        return content.indicators().stream()
                .filter(i -> category.code().equals(i.categoryByAxis().get(axis.code())))
                .count();
    }

    /** "Policy area: Labour market [LAB]", one per axis. */
    public List<String> categories(ReleaseContent.Indicator indicator) {
        return CodebookDocument.categories(content, indicator);
    }

    public WorkedExample getExample() {
        return example;
    }

    /** A score as the rule stores it, two decimals, with the page language's decimal mark. */
    public String number(BigDecimal value) {
        return value == null ? "" : twoDecimals.format(value);
    }

    /** "(66.67 + 25.00) / 2" in the page's language. */
    public String getOverallSum() {
        return example == null ? "" : example.overallSum(this::number);
    }
}
