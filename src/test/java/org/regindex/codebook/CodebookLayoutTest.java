package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.CodebookContent.AxisSpec;
import org.regindex.codebook.entity.CodebookContent.CategorySpec;
import org.regindex.codebook.entity.CodebookContent.IndicatorSpec;
import org.regindex.codebook.entity.CodebookContent.OptionSpec;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Table;

class CodebookLayoutTest {

    static final String HEADER =
            "indicator,question,guidance,not_applicable,Policy area [policy_area],Target population [target_population],"
                    + "option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score,option_3_code,option_3_label,option_3_score";

    static final CodebookContent SMALL = new CodebookContent(
            List.of(
                    new AxisSpec(
                            "policy_area",
                            "Policy area",
                            List.of(new CategorySpec("LAB", "Labour market"), new CategorySpec("EDU", "Education"))),
                    new AxisSpec(
                            "target_population",
                            "Target population",
                            List.of(new CategorySpec("TCN", "Third-country nationals")))),
            List.of(
                    new IndicatorSpec(
                            "LAB-ACT-01",
                            "Is there a \"strategy\", with objectives?",
                            "Look at the regional plan;\nsecond line.",
                            false,
                            Map.of("policy_area", "LAB", "target_population", "TCN"),
                            List.of(
                                    new OptionSpec("a", "Yes, with targets", 100),
                                    new OptionSpec("b", "Partly", 50),
                                    new OptionSpec("c", "No", 0))),
                    new IndicatorSpec(
                            "EDU-RES-01",
                            "Ünïcode — in Baden-Württemberg?",
                            "",
                            true,
                            Map.of("policy_area", "EDU", "target_population", "TCN"),
                            List.of(new OptionSpec("a", "Yes", 100), new OptionSpec("b", "No", 0)))));

    static CodebookContent readCsv(String csv) {
        return CodebookLayout.read(
                Spreadsheets.read("codebook.csv", csv.getBytes(StandardCharsets.UTF_8), CodebookLayout.SHEET));
    }

    static List<ImportProblem> problemsOf(String csv) {
        return assertThrows(InvalidImport.class, () -> readCsv(csv)).problems();
    }

    @Test
    void exportingToCsvAndImportingGivesBackTheSameCodebook() {
        byte[] csv = Spreadsheets.writeCsv(CodebookLayout.toTable(SMALL));
        assertEquals(SMALL, CodebookLayout.read(Spreadsheets.read("codebook.csv", csv, CodebookLayout.SHEET)));
    }

    @Test
    void exportingToExcelAndImportingGivesBackTheSameCodebook() {
        byte[] xlsx = Spreadsheets.writeWorkbook(List.of(CodebookLayout.toTable(SMALL)));
        assertEquals(SMALL, CodebookLayout.read(Spreadsheets.read("codebook.xlsx", xlsx, CodebookLayout.SHEET)));
    }

    @Test
    void theReferenceCodebookReadsWithEveryCategoryOfItsFourAxesUsed() throws java.io.IOException {
        byte[] csv = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/main/resources/reference/reference-codebook.csv"));
        CodebookContent reference =
                CodebookLayout.read(Spreadsheets.read("reference-codebook.csv", csv, CodebookLayout.SHEET));
        assertEquals(72, reference.indicators().size());
        assertEquals(
                List.of("policy_area", "governance_system", "governance_process", "target_population"),
                reference.axes().stream().map(AxisSpec::code).toList());
        assertEquals(
                List.of(8, 3, 4, 2),
                reference.axes().stream().map(axis -> axis.categories().size()).toList());
        byte[] xlsx = Spreadsheets.writeWorkbook(List.of(CodebookLayout.toTable(reference)));
        assertEquals(reference, CodebookLayout.read(Spreadsheets.read("reference.xlsx", xlsx, CodebookLayout.SHEET)));
    }

    @Test
    void aCodebookThatAsksForConfidenceSaysSoPerIndicatorAndKeepsItThroughARoundTrip() {
        IndicatorSpec first = SMALL.indicators().get(0);
        IndicatorSpec asking = new IndicatorSpec(
                first.code(),
                first.question(),
                first.guidance(),
                first.notApplicableAllowed(),
                first.categoryByAxis(),
                first.options(),
                true);
        CodebookContent withConfidence = new CodebookContent(
                SMALL.axes(), List.of(asking, SMALL.indicators().get(1)));
        Table table = CodebookLayout.toTable(withConfidence);
        assertTrue(
                table.header().contains("confidence_required"), table.header().toString());
        byte[] csv = Spreadsheets.writeCsv(table);
        assertEquals(withConfidence, CodebookLayout.read(Spreadsheets.read("codebook.csv", csv, CodebookLayout.SHEET)));
        assertFalse(
                CodebookLayout.toTable(SMALL).header().contains("confidence_required"),
                "a codebook that asks for none is written as before");
    }

    @Test
    void aConfidenceRuleOtherThanYesOrNoIsRefusedWithItsPlace() {
        String csv = HEADER + ",confidence_required\n"
                + "LAB-ACT-01,Q1?,,no,Labour market [LAB],Third-country nationals [TCN],a,Yes,100,b,No,0,,,,always\n";
        List<ImportProblem> problems = problemsOf(csv);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(
                "confidence_required must be yes or no, not \"always\".",
                problems.get(0).message());
    }

    @Test
    void semicolonSeparatedFilesFromEuropeanSpreadsheetsAreRead() {
        String csv = HEADER.replace(',', ';')
                + "\nLAB-ACT-01;Q?;;no;Labour market [LAB];Third-country nationals [TCN];a;Yes;100;b;No;0;;;\n";
        assertEquals("LAB-ACT-01", readCsv(csv).indicators().get(0).code());
    }

    @Test
    void aWrongHeaderIsNamedWithItsColumn() {
        List<ImportProblem> problems = problemsOf(HEADER.replace("question", "questoin") + "\n");
        assertEquals(
                List.of(
                        new ImportProblem(
                                "codebook.csv",
                                1,
                                "B",
                                "Unknown column \"questoin\". Expected indicator, question, guidance, not_applicable, "
                                        + "confidence_required, axis columns such as \"Policy area [policy_area]\", option_1_code, option_1_label, option_1_score, ... "
                                        + "and translations such as question@de."),
                        new ImportProblem("codebook.csv", 1, "", "The column \"question\" is missing.")),
                problems);
    }

    @Test
    void aHeaderWithoutAxesOrWithOneOptionGroupIsRefused() {
        List<ImportProblem> problems =
                problemsOf("indicator,question,guidance,not_applicable,option_1_code,option_1_label,option_1_score\n");
        assertEquals(2, problems.size());
        assertEquals(
                "There is no axis column. Head each axis column with its label and code, e.g. \"Policy area [policy_area]\".",
                problems.get(0).message());
        assertEquals(
                "Every indicator needs at least two answer options: add columns option_1_code, option_1_label, option_1_score, option_2_code, ...",
                problems.get(1).message());
    }

    @Test
    void everyProblemOfEveryRowIsListedWithItsPlace() {
        String csv = HEADER + "\n"
                + "LAB-ACT-01,Q1?,,no,Labour market [LAB],Third-country nationals [TCN],a,Yes,100,b,No,0,,,\n"
                + "LAB-ACT-01,Q2?,,maybe,Labour market [LAB],Third-country nationals [TCN],a,Yes,120,b,No,x,,,\n"
                + "lab-2,,,no,Labour [LAB],TCN,a,Yes,100,,,,,,\n";
        List<ImportProblem> problems = problemsOf(csv);
        assertEquals(
                List.of(
                        new ImportProblem(
                                "codebook.csv",
                                3,
                                "A (indicator)",
                                "The indicator code LAB-ACT-01 is used twice (also on row 2)."),
                        new ImportProblem(
                                "codebook.csv",
                                3,
                                "D (not_applicable)",
                                "not_applicable must be yes or no, not \"maybe\"."),
                        new ImportProblem(
                                "codebook.csv",
                                3,
                                "I (option_1_score)",
                                "The score 120 is out of range: scores go from 0 to 100."),
                        new ImportProblem(
                                "codebook.csv",
                                3,
                                "L (option_2_score)",
                                "The score \"x\" is not a whole number from 0 to 100."),
                        new ImportProblem(
                                "codebook.csv",
                                3,
                                "G (option_1_code)",
                                "The indicator has 0 answer options; it needs at least two."),
                        new ImportProblem(
                                "codebook.csv",
                                4,
                                "A (indicator)",
                                "The indicator code \"lab-2\" must be capital letters and digits, "
                                        + "parts joined by - _ or . (e.g. LAB-ACT-03), at most 30 characters."),
                        new ImportProblem("codebook.csv", 4, "B (question)", "The question is missing."),
                        new ImportProblem(
                                "codebook.csv",
                                4,
                                "E (Policy area [policy_area])",
                                "The category LAB is called \"Labour market\" on row 2 and \"Labour\" here; one name per category."),
                        new ImportProblem(
                                "codebook.csv",
                                4,
                                "F (Target population [target_population])",
                                "\"TCN\" is not a category written as \"Label [CODE]\" with a capital-letter code (e.g. \"Labour market [LAB]\")."),
                        new ImportProblem(
                                "codebook.csv",
                                4,
                                "G (option_1_code)",
                                "The indicator has 1 answer option; it needs at least two.")),
                problems);
    }

    @Test
    void aMissingCategoryIsRefusedBecauseEveryAxisMustBeCovered() {
        List<ImportProblem> problems =
                problemsOf(HEADER + "\nLAB-ACT-01,Q?,,no,Labour market [LAB],,a,Yes,100,b,No,0,,,\n");
        assertEquals(
                "The category on axis target_population is missing: every indicator has one category on each axis.",
                problems.get(0).message());
        assertEquals(
                "F (Target population [target_population])", problems.get(0).column());
    }

    @Test
    void optionsMustBeContiguousAndUniquePerIndicator() {
        List<ImportProblem> problems = problemsOf(
                HEADER + "\nLAB-ACT-01,Q?,,no,Labour market [LAB],Third-country nationals [TCN],a,Yes,100,,,,a,No,0\n");
        assertEquals(
                List.of(
                        "Option 3 follows the empty option 2; options must be contiguous.",
                        "The option code a is used twice in this indicator.",
                        "The indicator has 1 answer option; it needs at least two."),
                problems.stream().map(ImportProblem::message).toList());
    }

    @Test
    void overLongTextIsRefusedWithItsLength() {
        String question = "x".repeat(2001);
        List<ImportProblem> problems = problemsOf(HEADER + "\nLAB-ACT-01," + question
                + ",,no,Labour market [LAB],Third-country nationals [TCN],a,Yes,100,b,No,0,,,\n");
        assertEquals(
                "The question has 2001 characters; at most 2000 are allowed.",
                problems.get(0).message());
    }

    @Test
    void aHeaderWithoutRowsHasNoIndicators() {
        assertEquals(
                "The file has a header row but no indicators.",
                problemsOf(HEADER + "\n\n").get(0).message());
    }
}
