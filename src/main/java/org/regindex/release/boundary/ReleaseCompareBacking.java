package org.regindex.release.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseVersion;

/** The release page's comparison with another release: the older of the two is "before", whichever page it is on. */
@Named
@ViewScoped
public class ReleaseCompareBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseBacking page;

    @Inject
    ReleaseDesk desk;

    private String other;

    /** Kept for the diff tables' paging; lost with the view, as a comparison is cheap to make again. */
    private transient ReleaseDiff.Diff diff;

    private transient Map<String, String> scoreNames;

    /** Releases whose content can be compared: every other one that is not withdrawn. */
    public List<Release> getOthers() {
        return desk.list().stream()
                .filter(r -> !r.version().equals(page.getVersion()) && r.state() != ReleaseState.WITHDRAWN)
                .toList();
    }

    public void compare() {
        diff = null;
        if (ReleaseVersion.parse(other) == null) {
            PageMessages.error(PageTexts.text("releaseDiff.error.noOther"));
            return;
        }
        try {
            boolean otherIsOlder = ReleaseVersion.parse(other).compareTo(ReleaseVersion.parse(page.getVersion())) < 0;
            String from = otherIsOlder ? other : page.getVersion();
            String to = otherIsOlder ? page.getVersion() : other;
            diff = desk.diff(from, to);
            scoreNames = names(desk.content(desk.find(to)));
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    /** "Overall", or the axis and category a changed score is on, by their labels in the newer release. */
    public String scoreName(ReleaseDiff.ScoreChange change) {
        if (change.axis().equals(ReleaseContent.Score.OVERALL)) {
            return PageTexts.text("releaseDiff.overall");
        }
        String key = change.axis() + "/" + change.category();
        return scoreNames == null ? key : scoreNames.getOrDefault(key, key);
    }

    /** One sentence on how much changed, read out when the comparison arrives. */
    public String getSummary() {
        if (diff == null || diff.isEmpty()) {
            return PageTexts.text("releaseDiff.summary.none");
        }
        return PageTexts.text(
                "releaseDiff.summary",
                diff.regionsAdded().size(),
                diff.regionsRemoved().size(),
                diff.answers().size(),
                diff.scores().size(),
                diff.ranks().size());
    }

    public String joined(List<String> regions) {
        return String.join(", ", regions);
    }

    private static Map<String, String> names(ReleaseContent content) {
        Map<String, String> names = new HashMap<>();
        content.axes()
                .forEach(axis -> axis.categories()
                        .forEach(category -> names.put(
                                axis.code() + "/" + category.code(), axis.label() + ": " + category.label())));
        return names;
    }

    public ReleaseDiff.Diff getDiff() {
        return diff;
    }

    public String getOther() {
        return other;
    }

    public void setOther(String other) {
        this.other = other;
    }
}
