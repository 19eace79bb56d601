package org.regindex.questionnaire.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.regindex.codebook.entity.Indicator;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.ReviewThread;
import org.regindex.release.entity.ReleaseContent;

/**
 * What the questionnaire page shows of each indicator, for the API: the question, guidance and options
 * with their scores, whether "not applicable" is allowed, the saved answer, the region's answer in the
 * latest published release of another cycle, and how many comments its review thread has.
 */
public final class QuestionnaireDocument {

    private QuestionnaireDocument() {}

    public record IndicatorJson(
            String code,
            String question,
            String guidance,
            boolean notApplicableAllowed,
            boolean confidenceRequired,
            List<OptionJson> options,
            QuestionnaireResource.SavedAnswer answer,
            PublishedAnswer published,
            ThreadSummary thread) {}

    public record OptionJson(String code, String label, int score) {}

    /** The region's answer in release {@code release}, as last round published it. */
    public record PublishedAnswer(
            String release, String option, boolean notApplicable, String notApplicableReason, String justification) {}

    /** The answer's review thread in brief; its comments are under {@code answers/{indicator}/comments}. */
    public record ThreadSummary(int comments, boolean changeRequested) {}

    static List<IndicatorJson> indicators(
            QuestionnaireView view,
            Optional<LastRelease.Previous> previous,
            Review.Threads threads,
            Function<Answer, QuestionnaireResource.SavedAnswer> saved) {
        Map<String, ReviewThread> byIndicator = new HashMap<>();
        threads.threads().forEach(t -> byIndicator.put(t.indicator().code(), t));
        return view.cycle().codebook().indicators().stream()
                .map(indicator -> indicator(
                        indicator,
                        Optional.ofNullable(view.answers().get(indicator.code()))
                                .map(saved)
                                .orElse(null),
                        previous.flatMap(p -> published(p, indicator.code())).orElse(null),
                        Optional.ofNullable(byIndicator.get(indicator.code()))
                                .map(t -> new ThreadSummary(t.comments().size(), t.changeRequested()))
                                .orElse(null)))
                .toList();
    }

    private static IndicatorJson indicator(
            Indicator indicator,
            QuestionnaireResource.SavedAnswer answer,
            PublishedAnswer published,
            ThreadSummary thread) {
        return new IndicatorJson(
                indicator.code(),
                indicator.question(),
                indicator.guidance(),
                indicator.notApplicableAllowed(),
                indicator.confidenceRequired(),
                indicator.options().stream()
                        .map(o -> new OptionJson(o.code(), o.label(), o.score()))
                        .toList(),
                answer,
                published,
                thread);
    }

    private static Optional<PublishedAnswer> published(LastRelease.Previous previous, String indicator) {
        ReleaseContent.Answer released = previous.answers().get(indicator);
        return Optional.ofNullable(released)
                .map(a -> new PublishedAnswer(
                        previous.version(),
                        a.optionCode(),
                        a.notApplicable(),
                        a.notApplicableReason(),
                        a.justification()));
    }
}
