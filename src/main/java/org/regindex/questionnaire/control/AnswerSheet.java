package org.regindex.questionnaire.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.regindex.codebook.entity.AnswerOption;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.control.Records;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Source;

/**
 * The offline layout of a questionnaire (sheet {@value #SHEET}): one row per indicator. The question and
 * its options are there to read; {@code option}, {@code not_applicable}, {@code not_applicable_reason},
 * {@code justification}, {@code sources} (one per line, "citation | URL"), {@code confidence} and {@code note}
 * are the answer; {@code version} is the answer's version at download, which tells conflicts from changes. A
 * sheet downloaded before the confidence column existed is read without it, and keeps the stored confidence.
 */
public final class AnswerSheet {

    public static final String SHEET = "answers";
    public static final List<String> ANSWER_COLUMNS = List.of(
            "indicator",
            "option",
            "not_applicable",
            "not_applicable_reason",
            "justification",
            "sources",
            "note",
            "version");
    /** Columns that sheets downloaded earlier lack. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("confidence");

    public static final List<String> READ_ONLY_COLUMNS = List.of("question", "options", "not_applicable_allowed");
    /** What an expert fills in; everything else of the sheet is protected against slips. */
    public static final Set<String> EDITABLE_COLUMNS = Set.of(
            "option", "not_applicable", "not_applicable_reason", "justification", "sources", "confidence", "note");

    static final String SOURCE_SEPARATOR = " | ";

    private AnswerSheet() {}

    public static List<String> header() {
        return List.of(
                "indicator",
                "question",
                "options",
                "not_applicable_allowed",
                "option",
                "not_applicable",
                "not_applicable_reason",
                "justification",
                "sources",
                "confidence",
                "note",
                "version");
    }

    public static List<Object> row(Indicator indicator, AnswerContent content, int version) {
        String options = indicator.options().stream()
                .map(o -> o.code() + " = " + o.label() + " (" + o.score() + ")")
                .collect(Collectors.joining("\n"));
        return List.of(
                indicator.code(),
                indicator.question(),
                options,
                indicator.notApplicableAllowed() ? "yes" : "no",
                content.optionCode() == null ? "" : content.optionCode(),
                content.notApplicable() ? "yes" : "no",
                content.notApplicableReason(),
                content.justification(),
                sources(content.sources()),
                content.confidence() == null ? "" : content.confidence().code(),
                content.note(),
                version);
    }

    /**
     * The rows of these indicators as a protected form: only {@link #EDITABLE_COLUMNS} can be changed,
     * {@code option} offers the indicator's option codes and {@code not_applicable} yes, where it may be.
     */
    public static SheetSpec form(List<Indicator> indicators, List<List<Object>> rows) {
        Table table = new Table(SHEET, header(), rows);
        return SheetSpec.form(
                table,
                EDITABLE_COLUMNS,
                Map.of(
                        "option",
                        indicators.stream()
                                .map(i -> i.options().stream()
                                        .map(AnswerOption::code)
                                        .toList())
                                .toList(),
                        "not_applicable",
                        indicators.stream()
                                .map(i -> i.notApplicableAllowed() ? List.of("yes", "no") : List.of("no"))
                                .toList(),
                        "confidence",
                        indicators.stream()
                                .map(i -> Arrays.stream(Confidence.values())
                                        .map(Confidence::code)
                                        .toList())
                                .toList()));
    }

    static String sources(List<Source> sources) {
        return sources.stream()
                .map(s -> s.url().isEmpty() ? s.citation() : s.citation() + SOURCE_SEPARATOR + s.url())
                .collect(Collectors.joining("\n"));
    }

    /** A row as read back: the indicator code, its content, the version it was downloaded at. */
    public record ReadRow(Records.Row row, String indicator, AnswerContent content, int version) {}

    /** Reads one row, adding to {@code problems} what is wrong with its cells (not with its indicator's rules). */
    public static ReadRow read(Records.Row row, List<ImportProblem> problems) {
        int before = problems.size();
        String notApplicable = row.get("not_applicable").toLowerCase(Locale.ROOT);
        if (!notApplicable.isEmpty() && !notApplicable.equals("yes") && !notApplicable.equals("no")) {
            problems.add(row.problem(
                    "not_applicable", "not_applicable must be yes or no, not \"" + row.get("not_applicable") + "\"."));
        }
        String confidence = row.get("confidence");
        if (!confidence.isBlank() && Confidence.byCode(confidence).isEmpty()) {
            problems.add(
                    row.problem("confidence", "confidence must be low, medium or high, not \"" + confidence + "\"."));
        }
        int version = -1;
        try {
            version = Integer.parseInt(row.get("version"));
        } catch (NumberFormatException e) {
            problems.add(
                    row.problem(
                            "version",
                            "The version \"" + row.get("version")
                                    + "\" must stay as downloaded: it tells your changes from changes made meanwhile in the app."));
        }
        if (problems.size() > before) {
            return null;
        }
        List<Source> sources = new ArrayList<>();
        for (String line : row.get("sources").split("\\R", -1)) {
            if (!line.isBlank()) {
                int separator = line.lastIndexOf(SOURCE_SEPARATOR.strip());
                sources.add(
                        separator < 0
                                ? new Source(line.strip(), "")
                                : new Source(
                                        line.substring(0, separator).strip(),
                                        line.substring(separator + 1).strip()));
            }
        }
        AnswerContent content = new AnswerContent(
                row.get("option"),
                notApplicable.equals("yes"),
                row.get("not_applicable_reason"),
                row.get("justification"),
                sources,
                row.get("note"),
                Confidence.byCode(confidence).orElse(null));
        return new ReadRow(row, row.get("indicator"), content, version);
    }
}
