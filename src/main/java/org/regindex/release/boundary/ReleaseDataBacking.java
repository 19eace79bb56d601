package org.regindex.release.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.entity.Refusal;
import org.regindex.release.control.Citations;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseSummary;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;

/** What the release page offers of the release's content: the summary table, the downloads and the citation. */
@Named
@ViewScoped
public class ReleaseDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseBacking page;

    @Inject
    ReleaseDesk desk;

    /** Kept between requests so that the table sorts the same rows in place; frozen content never changes. */
    private transient List<ReleaseSummary.Row> rows;

    private transient ReleaseContent content;

    /** Null for a withdrawn release, whose data is no longer offered. */
    private ReleaseContent content() {
        if (content == null && page.isOffered()) {
            content = desk.content(page.getRelease());
        }
        return page.isOffered() ? content : null;
    }

    public List<ReleaseSummary.Row> getRows() {
        if (rows == null && content() != null) {
            rows = new ArrayList<>(ReleaseSummary.rows(content()));
        }
        return content() == null ? List.of() : rows;
    }

    public ReleaseContent.Axis getAxis() {
        return content() == null ? null : ReleaseSummary.firstAxis(content());
    }

    public List<ReleaseContent.Category> getCategories() {
        return getAxis() == null ? List.of() : getAxis().categories();
    }

    public ReleaseExports.Format[] getFormats() {
        return ReleaseExports.Format.values();
    }

    public String label(ReleaseExports.Format format) {
        return ResourceBundle.getBundle(
                        "org.regindex.i18n.messages",
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .getString("download." + format.name);
    }

    /** The file for a download button; null (no download, a message instead) when refused. */
    public StreamedContent download(ReleaseExports.Format format) {
        try {
            Release release = page.getRelease();
            byte[] bytes = desk.download(release, format);
            return DefaultStreamedContent.builder()
                    .name(ReleaseExports.fileName(content(), format))
                    .contentType(format.mediaType)
                    .contentLength((long) bytes.length)
                    .stream(() -> new ByteArrayInputStream(bytes))
                    .build();
        } catch (Refusal refused) {
            PageMessages.refused(refused);
            return null;
        }
    }

    public String getCitation() {
        return content() == null ? "" : Citations.text(content(), desk.facts(page.getRelease()));
    }

    public String getBibtex() {
        return content() == null ? "" : Citations.bibtex(content(), desk.facts(page.getRelease()));
    }
}
