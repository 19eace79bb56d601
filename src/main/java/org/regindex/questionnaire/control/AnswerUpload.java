package org.regindex.questionnaire.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.control.Records;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;

/**
 * What an uploaded answer sheet changes, all or nothing: every row must name an indicator of the codebook
 * once and hold a valid answer; a row whose answer changed in the app since the download (its version is
 * not the stored one) is a conflict; rows equal to what is stored are left alone.
 */
public final class AnswerUpload {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The rows to save, and how many rows were as stored already. */
    public record Plan(List<AnswerSheet.ReadRow> changes, int unchanged) {}

    private AnswerUpload() {}

    /**
     * The plan for these rows against the questionnaire's stored answers (by indicator code); refused with
     * every row's problem ({@link InvalidImport}: CONFLICT when conflicts are all there is).
     */
    public static Plan of(List<Records.Row> rows, Codebook codebook, Map<String, Answer> stored) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> conflicts = new ArrayList<>();
        List<AnswerSheet.ReadRow> changes = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        int unchanged = 0;
        for (Records.Row row : rows) {
            AnswerSheet.ReadRow cells = AnswerSheet.read(row, problems);
            if (cells == null) {
                continue;
            }
            Indicator indicator = codebook.indicator(cells.indicator()).orElse(null);
            Integer earlier = rowOf.putIfAbsent(cells.indicator(), row.number());
            Answer current = stored.get(cells.indicator());
            AnswerSheet.ReadRow read = new AnswerSheet.ReadRow(
                    row, cells.indicator(), AnswerSaveRule.content(current, cells.content(), false), cells.version());
            if (indicator == null) {
                problems.add(row.problem(
                        "indicator", "There is no indicator \"" + read.indicator() + "\" in this questionnaire."));
            } else if (earlier != null) {
                problems.add(
                        row.problem("indicator", read.indicator() + " appears twice (also on row " + earlier + ")."));
            } else if (read.content().sameAs(current == null ? AnswerContent.EMPTY : current.content())) {
                unchanged++;
            } else if (current == null && read.version() != 0) {
                problems.add(row.problem(
                        "version",
                        read.indicator() + " was never saved, so there is no version " + read.version()
                                + " to revise: give version 0."));
            } else if (current != null && read.version() != current.rowVersion()) {
                conflicts.add(row.problem(
                        "indicator",
                        "Conflict: " + read.indicator() + " was changed in the app since your download by "
                                + current.updatedBy() + " at " + WHEN.format(current.updatedAt())
                                + "; your row was not applied. Download again and merge your change."));
            } else {
                read.content().problems(indicator).forEach(problem -> problems.add(row.problem("indicator", problem)));
                changes.add(read);
            }
        }
        problems.addAll(conflicts);
        if (!problems.isEmpty()) {
            throw new InvalidImport(
                    problems.size() == conflicts.size() ? Refusal.Kind.CONFLICT : Refusal.Kind.INVALID, problems);
        }
        return new Plan(changes, unchanged);
    }
}
