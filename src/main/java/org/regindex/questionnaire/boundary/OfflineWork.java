package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.entity.Indicator;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.DocumentInfo;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;
import org.regindex.questionnaire.control.AnswerSheet;
import org.regindex.questionnaire.control.AnswerUpload;
import org.regindex.questionnaire.control.QuestionnaireRefusals;
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
        List<Records.Row> rows = Records.read(
                Spreadsheets.read(fileName, file, AnswerSheet.SHEET),
                AnswerSheet.ANSWER_COLUMNS,
                AnswerSheet.OPTIONAL_COLUMNS,
                AnswerSheet.READ_ONLY_COLUMNS);
        AnswerUpload.Plan plan = AnswerUpload.of(rows, view.cycle().codebook(), view.answers());
        for (AnswerSheet.ReadRow change : plan.changes()) {
            dataEntry.save(cycleCode, regionCode, change.indicator(), change.content(), change.version(), false);
        }
        return new Upload(plan.changes().size(), plan.unchanged());
    }
}
