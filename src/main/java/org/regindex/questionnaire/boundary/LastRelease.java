package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.control.RowLocks;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Source;
import org.regindex.release.control.ContentCache;
import org.regindex.release.control.Releases;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;

/**
 * Last round's answers in data entry: the region's answers in the newest published release of another
 * cycle, shown beside each indicator, and copied in one by one or all at once (into unanswered indicators).
 */
@RequestScoped
@Transactional
public class LastRelease {

    /** The release and the region's answers in it, by indicator code. */
    public record Previous(String version, String title, Map<String, ReleaseContent.Answer> answers) {}

    @Inject
    DataEntry dataEntry;

    @Inject
    Releases releases;

    @Inject
    ContentCache cache;

    @Inject
    RowLocks locks;

    /** What a copy of every unanswered indicator did: how many it copied, and that in words. */
    public record Copied(int copied, String message) {}

    /**
     * Copies of one region's answers take turns (its row is locked first, before anything is read): a copy
     * that waited finds what the first one copied.
     */
    private void lockRegion(String regionCode) {
        locks.first("region", "code", regionCode);
    }

    public Optional<Previous> of(String cycleCode, String regionCode) {
        dataEntry.open(cycleCode, regionCode);
        for (Release release : releases.published()) {
            if (release.state() != ReleaseState.PUBLISHED || release.cycleCode().equals(cycleCode)) {
                continue;
            }
            ReleaseContent content = cache.content(release);
            if (content.regions().stream().anyMatch(r -> r.code().equals(regionCode))) {
                Map<String, ReleaseContent.Answer> answers = new LinkedHashMap<>();
                content.answers().stream()
                        .filter(a -> a.region().equals(regionCode))
                        .forEach(a -> answers.put(a.indicator(), a));
                return Optional.of(new Previous(release.version(), release.title(), answers));
            }
        }
        return Optional.empty();
    }

    /** Copies the release's answer into the indicator as a save of the expert (so with every rule and an audit event). */
    public Answer copy(String cycleCode, String regionCode, String indicatorCode) {
        lockRegion(regionCode);
        dataEntry.requireExpert(cycleCode, regionCode);
        Previous previous = of(cycleCode, regionCode).orElseThrow(() -> new LastReleaseMissing(regionCode));
        ReleaseContent.Answer released = Optional.ofNullable(previous.answers().get(indicatorCode))
                .orElseThrow(() -> new LastReleaseMissing(regionCode + " " + indicatorCode));
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        Indicator indicator = view.cycle()
                .codebook()
                .indicator(indicatorCode)
                .orElseThrow(() -> new LastReleaseMissing(indicatorCode));
        AnswerContent current = view.content(indicatorCode);
        return dataEntry.save(
                cycleCode,
                regionCode,
                indicatorCode,
                copied(released, indicator, current.note()),
                view.answerVersion(indicatorCode),
                false);
    }

    /** Copies every released answer into the indicators that have no answer yet; says how many. */
    public Copied copyAllUnanswered(String cycleCode, String regionCode) {
        lockRegion(regionCode);
        dataEntry.requireExpert(cycleCode, regionCode);
        Previous previous = of(cycleCode, regionCode).orElseThrow(() -> new LastReleaseMissing(regionCode));
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        int copied = 0;
        for (Indicator indicator : view.cycle().codebook().indicators()) {
            ReleaseContent.Answer released = previous.answers().get(indicator.code());
            if (released != null && view.content(indicator.code()).isEmpty()) {
                dataEntry.save(cycleCode, regionCode, indicator.code(), copied(released, indicator, ""), 0, false);
                copied++;
            }
        }
        return new Copied(
                copied,
                copied == 0
                        ? "Nothing left to copy: every indicator with an answer in release " + previous.version()
                                + " has an answer here already."
                        : "Copied " + copied + (copied == 1 ? " answer" : " answers") + " of release "
                                + previous.version() + " into unanswered indicators.");
    }

    /** The released answer as this cycle's indicator takes it: an option or "not applicable" only where still valid. */
    static AnswerContent copied(ReleaseContent.Answer released, Indicator indicator, String note) {
        String option = released.optionCode() != null
                        && indicator.option(released.optionCode()).isPresent()
                ? released.optionCode()
                : null;
        boolean notApplicable = released.notApplicable() && indicator.notApplicableAllowed();
        List<Source> sources = released.sources().stream()
                .map(s -> new Source(s.citation(), s.url()))
                .toList();
        return new AnswerContent(
                option,
                notApplicable,
                notApplicable ? released.notApplicableReason() : "",
                released.justification(),
                sources,
                note);
    }

    /** Nothing to copy from. */
    public static class LastReleaseMissing extends Refusal {
        private static final String CONDITION = "LastReleaseMissing"; // the problem type: part of the API
        private static final long serialVersionUID = 1L;

        public LastReleaseMissing(String what) {
            super(
                    Kind.NOT_FOUND,
                    CONDITION,
                    "No published release of another cycle has an answer for " + what + " to copy.");
        }
    }
}
