package org.regindex.codebook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.control.IndicatorFilter;
import org.regindex.codebook.entity.Axis;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;

/** One codebook version to read: indicators filtered by category and searched by code or text. */
@Named
@ViewScoped
public class CodebookBrowserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CodebookCatalog catalog;

    private String code;
    private String versionText;
    private Integer version;
    private final HashMap<String, String> categoryByAxis = new HashMap<>();
    private String text;
    private boolean missing;

    /** Reloaded when the view is restored elsewhere; entities are not kept in serialized state. */
    private transient Codebook codebook;

    private transient List<Indicator> shown;

    /**
     * Reads the address once, when the view starts. An f:viewParam would be decoded and validated again
     * on every AJAX request, which carries no query string, and then lose its value.
     */
    @PostConstruct
    void readAddress() {
        code = Address.parameter("code");
        versionText = Address.parameter("version");
    }

    /** The view action: the version named in the address, or the latest one without a version. */
    public void load() {
        missing = true;
        if (code == null) {
            PageMessages.error(PageTexts.text("codebookBrowser.error.noAddress"));
        } else if (versionText != null && !versionText.matches("[0-9]{1,9}")) {
            PageMessages.error(PageTexts.text("codebookBrowser.error.version", versionText));
        } else {
            try {
                codebook = versionText == null
                        ? catalog.latest(code)
                        : catalog.version(code, Integer.parseInt(versionText));
                version = codebook.version();
                missing = false;
            } catch (Refusal refused) {
                PageMessages.pageRefused(refused);
            }
        }
    }

    /** Null when the address names no codebook that exists. */
    public Codebook getCodebook() {
        if (codebook == null && !missing && code != null && version != null) {
            codebook = catalog.version(code, version);
        }
        return codebook;
    }

    public List<Axis> getAxes() {
        return getCodebook() == null ? List.of() : getCodebook().axes();
    }

    public List<Indicator> getIndicators() {
        if (getCodebook() == null) {
            return List.of();
        }
        if (shown == null) {
            shown = new IndicatorFilter(categoryByAxis, text)
                    .apply(getCodebook().indicators());
        }
        return shown;
    }

    public String getCount() {
        if (getCodebook() == null) {
            return "";
        }
        int all = getCodebook().indicators().size();
        return PageTexts.text(
                "codebookBrowser.count", String.valueOf(getIndicators().size()), String.valueOf(all));
    }

    /** After a filter changed: the next read of the indicators applies it. */
    public void filter() {
        shown = null;
    }

    public void clear() {
        categoryByAxis.clear();
        text = null;
        shown = null;
    }

    public Map<String, String> getCategoryByAxis() {
        return categoryByAxis;
    }

    public String getCode() {
        return code;
    }

    public Integer getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
