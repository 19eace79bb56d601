package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.DocumentInfo;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;
import org.regindex.questionnaire.control.AnswerSheet;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;

/**
 * Working offline: the questionnaire as an Excel workbook, and that workbook uploaded back. The upload
 * is all or nothing; a row whose answer changed in the app since the download is a conflict, never
 * overwritten.
 */
@RequestScoped
@Transactional
public class OfflineWork {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @SuppressWarnings("ArrayRecordComponent") // a file on its way to the browser, never compared
    public record Download(String fileName, byte[] content) {}

    public record Upload(int changed, int unchanged) {}

    @Inject
    DataEntry dataEntry;

    @Inject
    Clock clock;

    public Download download(String cycleCode, String regionCode) {
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : view.cycle().codebook().indicators()) {
            AnswerContent content = view.content(indicator.code());
            rows.add(AnswerSheet.row(
                    indicator,
                    view.showsNotes() ? content : content.withNote(""),
                    view.answerVersion(indicator.code())));
        }
        Table about = new Table(
                "about",
                List.of("item", "value"),
                List.of(
                        List.of(
                                "cycle",
                                view.cycle().code() + " - " + view.cycle().name()),
                        List.of(
                                "region",
                                view.region().code() + " - " + view.region().name()),
                        List.of("downloaded", WHEN.format(clock.instant())),
                        List.of(
                                "how to",
                                "Fill in option, not_applicable, not_applicable_reason, justification, sources (one per line: "
                                        + "citation | URL) and note on the sheet 'answers', then upload the file. Leave 'version' as it is.")));
        byte[] workbook = Spreadsheets.writeWorkbook(
                new DocumentInfo(
                        "Questionnaire " + view.cycle().code() + ", "
                                + view.region().name(),
                        "",
                        "Answers of " + view.region().code() + " in the cycle "
                                + view.cycle().name() + ", to fill in offline and upload again.",
                        "",
                        clock.instant()),
                List.of(AnswerSheet.form(view.cycle().codebook().indicators(), rows), SheetSpec.plain(about)));
        return new Download(cycleCode + "-" + regionCode + "-questionnaire.xlsx", workbook);
    }

    public Upload upload(String cycleCode, String regionCode, String fileName, byte[] file) {
        QuestionnaireView view = dataEntry.open(cycleCode, regionCode);
        if (!view.writable()) {
            throw view.capacities().contains(Capacity.EXPERT)
                    ? QuestionnaireRefusals.locked(view.state().label())
                    : QuestionnaireRefusals.readOnly();
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> conflicts = new ArrayList<>();
        List<AnswerSheet.ReadRow> changes = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        int unchanged = 0;
        List<Records.Row> rows = Records.read(
                Spreadsheets.read(fileName, file, AnswerSheet.SHEET),
                AnswerSheet.ANSWER_COLUMNS,
                AnswerSheet.READ_ONLY_COLUMNS);
        for (Records.Row row : rows) {
            AnswerSheet.ReadRow read = AnswerSheet.read(row, problems);
            if (read == null) {
                continue;
            }
            Indicator indicator =
                    view.cycle().codebook().indicator(read.indicator()).orElse(null);
            Integer earlier = rowOf.putIfAbsent(read.indicator(), row.number());
            if (indicator == null) {
                problems.add(row.problem(
                        "indicator", "There is no indicator \"" + read.indicator() + "\" in this questionnaire."));
            } else if (earlier != null) {
                problems.add(
                        row.problem("indicator", read.indicator() + " appears twice (also on row " + earlier + ")."));
            } else if (read.content().sameAs(view.content(read.indicator()))) {
                unchanged++;
            } else if (read.version() != view.answerVersion(read.indicator())) {
                Answer current = view.answers().get(read.indicator());
                conflicts.add(row.problem(
                        "indicator",
                        "Conflict: " + read.indicator() + " was changed in the app since your download by "
                                + current.updatedBy() + " at " + WHEN.format(current.updatedAt())
                                + "; your row was not applied. "
                                + "Download again and merge your change."));
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
        for (AnswerSheet.ReadRow change : changes) {
            dataEntry.save(cycleCode, regionCode, change.indicator(), change.content(), change.version(), false);
        }
        return new Upload(changes.size(), unchanged);
    }
}
