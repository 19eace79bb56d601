package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Party;
import org.regindex.publication.control.LoadSnippets;
import org.regindex.publication.control.ReleaseFile;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.control.Citations;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release for the public, at its landing address {@code /releases/{version}} as at {@code release.xhtml?version=}:
 * what it is, its digest, every file with its SHA-256, the citation, code that loads it, its codebook, and what changed
 * since the one before, with its schema.org Dataset. A withdrawn release keeps a tombstone: reason, date and citation.
 */
@Named
@RequestScoped
public class PublicReleaseBacking extends ReleasePage {

    /** At most this many changed answers are listed; the changelog and the API's diff have them all. */
    static final int ANSWERS_SHOWN = 200;

    /** A changed score, formatted: "Overall" or "Axis: category". */
    public record ScoreLine(String region, String score, String before, String after, String change) {}

    @Inject
    ReleaseDesk desk;

    @Inject
    Landing landing;

    private List<ReleaseFile> files;
    private LoadSnippets.Snippets snippets;

    private Release previous;
    private ReleaseDiff.Diff diff;
    private List<ScoreLine> scoreChanges;
    private Map<String, String> regionNames;

    @Override
    protected String versionParameter() {
        return "version";
    }

    @Override
    protected void prepare() {
        regionNames = content.regions().stream()
                .collect(Collectors.toMap(
                        ReleaseContent.Region::code, ReleaseContent.Region::name, (a, b) -> a, HashMap::new));
        previous = explorer.previous(release).orElse(null);
        ReleaseContent before = previous == null ? null : explorer.content(previous);
        if (before == null) {
            previous = null;
            return;
        }
        diff = ReleaseDiff.between(before, content);
        // A region the release removed is named as the release before it named it.
        before.regions().forEach(region -> regionNames.putIfAbsent(region.code(), region.name()));
        Map<String, String> labels = new HashMap<>();
        content.axes()
                .forEach(a -> a.categories()
                        .forEach(c -> labels.put(a.code() + "/" + c.code(), a.label() + ": " + c.label())));
        ScoreFormat format = explorer.format();
        String overall = language.text("score.overall");
        scoreChanges = diff.scores().stream()
                .map(s -> new ScoreLine(
                        name(s.region()),
                        s.axis().isEmpty() ? overall : labels.getOrDefault(s.axis() + "/" + s.category(), s.category()),
                        format.score(s.before()),
                        format.score(s.after()),
                        format.change(s.before(), s.after())))
                .toList();
    }

    public String name(String region) {
        return regionNames.getOrDefault(region, "") + " (" + region + ")";
    }

    /** Every file with its address and SHA-256. */
    public List<ReleaseFile> getFiles() {
        if (files == null) {
            files = landing.files(release, content);
        }
        return files;
    }

    /** The schema.org Dataset of a published release; none for a tombstone. */
    public String getJsonLd() {
        return content == null ? null : landing.releaseJsonLd(release, content, getFiles());
    }

    public LoadSnippets.Snippets getSnippets() {
        if (snippets == null) {
            snippets = landing.snippets(release);
        }
        return snippets;
    }

    /** The address citations give, which search engines are told is this page's. */
    /** The licence and credit the release was frozen with, for its facts. */
    public ReleaseFacts getFacts() {
        return desk.facts(release);
    }

    public String getLicenceUrl() {
        return getFacts().licence().url;
    }

    public String getLicenceName() {
        return getFacts().licence().spdx + " (" + getFacts().licence().title + ")";
    }

    public String getCreators() {
        return names(getFacts().credit().creators());
    }

    public String getContributors() {
        return names(getFacts().credit().contributors());
    }

    private static String names(List<Party> parties) {
        return parties.stream().map(Party::name).collect(Collectors.joining("; "));
    }

    public String getLandingUrl() {
        return desk.facts(release).landingUrl();
    }

    /** Also on a withdrawn release's tombstone: who cited it can still see what they cited. */
    public String getCitation() {
        return Citations.text(release.title(), desk.facts(release)).strip();
    }

    public List<ReleaseContent.Indicator> getIndicators() {
        return content.indicators();
    }

    public List<ReleaseContent.Axis> getAxes() {
        return content.axes();
    }

    public String categories(ReleaseContent.Axis axis) {
        return axis.categories().stream().map(ReleaseContent.Category::label).collect(Collectors.joining(", "));
    }

    /** "a: Label (100); b: ..." */
    public String options(ReleaseContent.Indicator indicator) {
        return indicator.options().stream()
                .map(o -> o.code() + ": " + o.label() + " (" + o.score() + ")")
                .collect(Collectors.joining("; "));
    }

    /** "2 regions added, 1 removed; 14 answers, 6 scores and 1 rank changed", in the page's language. */
    public String getDiffSummary() {
        return diff.isEmpty()
                ? language.text("releaseDiff.summary.none")
                : language.message(
                        "releaseDiff.summary",
                        diff.regionsAdded().size(),
                        diff.regionsRemoved().size(),
                        diff.answers().size(),
                        diff.scores().size(),
                        diff.ranks().size());
    }

    public Release getPrevious() {
        return previous;
    }

    public ReleaseDiff.Diff getDiff() {
        return diff;
    }

    public List<ScoreLine> getScoreChanges() {
        return scoreChanges;
    }

    public List<ReleaseDiff.AnswerChange> getAnswerChanges() {
        return diff.answers().size() <= ANSWERS_SHOWN
                ? diff.answers()
                : diff.answers().subList(0, ANSWERS_SHOWN);
    }

    public int getAnswersLeftOut() {
        return Math.max(0, diff.answers().size() - ANSWERS_SHOWN);
    }

    public String joined(List<String> regions) {
        return regions.stream().map(this::name).collect(Collectors.joining(", "));
    }

    public String getFrozenOn() {
        return explorer.date(release.frozenAt());
    }
}
