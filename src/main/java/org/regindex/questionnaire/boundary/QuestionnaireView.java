package org.regindex.questionnaire.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.QuestionnaireState;

/**
 * A questionnaire as one caller may see it: its state and version, the answers by indicator code, and
 * the caller's capacities. {@code version} is 0 while nothing was ever saved.
 */
public record QuestionnaireView(
        Cycle cycle,
        Region region,
        QuestionnaireState state,
        int version,
        Map<String, Answer> answers,
        Set<Capacity> capacities,
        boolean countryLevel) {

    public boolean writable() {
        return capacities.contains(Capacity.EXPERT) && cycle.isOpen() && state.editable();
    }

    /** The private note is the expert's alone. */
    public boolean showsNotes() {
        return capacities.contains(Capacity.EXPERT);
    }

    public AnswerContent content(String indicatorCode) {
        Answer answer = answers.get(indicatorCode);
        return answer == null ? AnswerContent.EMPTY : answer.content();
    }

    /** How many saved answers the experts marked as of low confidence. */
    public int lowConfidence() {
        return (int) answers.values().stream()
                .filter(answer -> answer.content().confidence() == Confidence.LOW)
                .count();
    }

    public int answerVersion(String indicatorCode) {
        Answer answer = answers.get(indicatorCode);
        return answer == null ? 0 : answer.rowVersion();
    }

    /** "LAB-ACT-01: no justification; no source" for every indicator that submitting still needs something for. */
    public List<MissingItem> missing() {
        List<MissingItem> missing = new ArrayList<>();
        for (Indicator indicator : cycle.codebook().indicators()) {
            List<String> lacking = content(indicator.code()).missing(indicator.confidenceRequired());
            if (!lacking.isEmpty()) {
                missing.add(new MissingItem(indicator.code(), lacking));
            }
        }
        return missing;
    }

    public record MissingItem(String indicator, List<String> lacking) {

        public String describe() {
            return indicator + ": " + String.join(", ", lacking);
        }
    }

    /** Share of indicators with an option or "not applicable", 0 to 100. */
    public int answeredPercent() {
        long total = cycle.codebook().indicators().size();
        long answered = answers.values().stream()
                .filter(a -> a.content().optionCode() != null || a.content().notApplicable())
                .count();
        return total == 0 ? 0 : (int) (answered * 100 / total);
    }

    /** Share of indicators complete as submitting needs them (the missing list names the others), 0 to 100. */
    public int completePercent() {
        long total = cycle.codebook().indicators().size();
        return total == 0 ? 0 : (int) ((total - missing().size()) * 100 / total);
    }
}
