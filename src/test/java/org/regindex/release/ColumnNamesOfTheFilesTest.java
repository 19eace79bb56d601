package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Score;

/**
 * Every column of every table a researcher downloads (the long and wide CSV, every CSV of the data package,
 * every sheet of the workbook) has a name that R, Stata and SPSS read as it is, also for a codebook whose
 * codes are long, clash with the tables' own columns or are reserved words. The one file left out is the
 * codebook download, which keeps the layout codebooks are imported in ("Policy area [policy_area]").
 */
class ColumnNamesOfTheFilesTest {

    /** Letters, digits and _, starting with a letter, at most 32: the rule the three programs share. */
    static final String RULE = "[A-Za-z][A-Za-z0-9_]{0,31}";

    static final String LONG_AXIS = "a_very_long_axis_code_of_forty_chars_xx";

    /** Axes named like a column of the tables, longer than a name may be, and like a reserved word of R. */
    static ReleaseContent awkward() {
        List<ReleaseContent.Axis> axes = List.of(
                new ReleaseContent.Axis(
                        "country",
                        "Country group",
                        List.of(new ReleaseContent.Category("LAB", "L"), new ReleaseContent.Category("lab", "l"))),
                new ReleaseContent.Axis(
                        LONG_AXIS,
                        "Long",
                        List.of(
                                new ReleaseContent.Category("ABCDEFGHIJKLMNOPQRST", "T"),
                                new ReleaseContent.Category("ABCDEFGHIJKLMNOPQRSU", "U"))),
                new ReleaseContent.Axis("in", "In", List.of(new ReleaseContent.Category("X", "X"))));
        ReleaseContent.Indicator indicator = new ReleaseContent.Indicator(
                "I1",
                "Q?",
                "",
                false,
                Map.of("country", "LAB", LONG_AXIS, "ABCDEFGHIJKLMNOPQRST", "in", "X"),
                List.of(new ReleaseContent.Option("a", "Yes", 100), new ReleaseContent.Option("b", "No", 0)));
        List<Score> scores = new ArrayList<>();
        scores.add(new Score("ES51", Score.OVERALL, Score.OVERALL, new BigDecimal("100.00"), 1, 1));
        axes.forEach(a -> a.categories()
                .forEach(c -> scores.add(new Score("ES51", a.code(), c.code(), new BigDecimal("100.00"), 1, 1))));
        return new ReleaseContent(
                FreezerTest.HEADER,
                axes,
                List.of(indicator),
                List.of(new ReleaseContent.Region("ES51", "Catalonia", "ES")),
                List.of(new ReleaseContent.Answer("ES51", "I1", "a", false, "", "Yes.", 100, List.of())),
                scores);
    }

    @Test
    void everyHeaderOfEveryTableFollowsTheRuleAndNoTwoDifferOnlyInCase() throws IOException {
        for (ReleaseContent content : List.of(HostileRelease.content(), awkward())) {
            Map<String, List<String>> headers = headers(content);
            Set<String> expected = new HashSet<>(Set.of(
                    "csv-long",
                    "csv-wide",
                    "datapackage/answers.csv",
                    "datapackage/scores.csv",
                    "datapackage/sources.csv",
                    "datapackage/regions.csv",
                    "datapackage/indicators.csv",
                    "datapackage/options.csv",
                    "datapackage/categories.csv",
                    "xlsx/scores",
                    "xlsx/answers",
                    "xlsx/sources",
                    "xlsx/regions",
                    "xlsx/indicators",
                    "xlsx/options",
                    "xlsx/categories",
                    "xlsx/columns",
                    "xlsx/about"));
            if (content.header().recordsReplies()) {
                expected.addAll(Set.of("datapackage/replies.csv", "xlsx/replies"));
            }
            if (content.header().recordsEvidence()) {
                expected.addAll(Set.of("datapackage/evidence.csv", "xlsx/evidence"));
            }
            assertEquals(expected, headers.keySet());
            headers.forEach((table, header) -> {
                Set<String> seen = new HashSet<>();
                for (String name : header) {
                    assertTrue(name.matches(RULE), table + ": " + name);
                    assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), table + " has " + name + " twice");
                }
            });
        }
    }

    @Test
    void awkwardCodesGetNamesThatCategoriesCsvMaps() throws IOException {
        Map<String, List<String>> headers = headers(awkward());
        assertEquals(
                List.of("country_2", "a_very_long_axis_code_of_forty_c", "in_2"),
                headers.get("csv-long").subList(6, 9),
                "an axis' column is its code, cut to 32 characters, with a number if it clashes or is reserved");
        assertEquals(
                List.of(
                        "s_country_lab",
                        "s_country_lab_2",
                        "s_a_very_long_axis_code_of_forty",
                        "s_a_very_long_axis_code_of_for_2",
                        "s_in_x"),
                headers.get("csv-wide").subList(9, 14));
        List<List<String>> mapping = DataPackageTest.records(DataPackageTest.unzip(
                                ReleaseExports.export(awkward(), TestFacts.published(), "", Format.DATAPACKAGE))
                        .get("categories.csv"))
                .stream()
                .map(r -> List.of(r.get("axis"), r.get("category"), r.get("answers_column"), r.get("scores_column")))
                .toList();
        assertEquals(List.of("country", "lab", "country_2", "s_country_lab_2"), mapping.get(1));
        assertEquals(
                List.of(
                        LONG_AXIS,
                        "ABCDEFGHIJKLMNOPQRSU",
                        "a_very_long_axis_code_of_forty_c",
                        "s_a_very_long_axis_code_of_for_2"),
                mapping.get(3));
    }

    static Map<String, List<String>> headers(ReleaseContent content) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("csv-long", DataPackageTest.header(export(content, Format.CSV_LONG)));
        headers.put("csv-wide", DataPackageTest.header(export(content, Format.CSV_WIDE)));
        DataPackageTest.unzip(export(content, Format.DATAPACKAGE)).forEach((name, bytes) -> {
            if (name.endsWith(".csv")) {
                headers.put("datapackage/" + name, DataPackageTest.header(bytes));
            }
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(content, Format.XLSX)))) {
            for (Sheet sheet : workbook) {
                List<String> header = new ArrayList<>();
                Row top = sheet.getRow(0);
                for (Cell cell : top) {
                    header.add(cell.getStringCellValue());
                }
                headers.put("xlsx/" + sheet.getSheetName(), header);
            }
        }
        return headers;
    }

    private static byte[] export(ReleaseContent content, Format format) {
        return ReleaseExports.export(content, TestFacts.published(), "", format);
    }
}
