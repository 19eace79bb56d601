package org.regindex.codebook.control;

import static org.regindex.codebook.control.CodebookLayout.AXIS_CODE;
import static org.regindex.codebook.control.CodebookLayout.CATEGORY_CODE;
import static org.regindex.codebook.control.CodebookLayout.CODE_MAX;
import static org.regindex.codebook.control.CodebookLayout.CONFIDENCE_REQUIRED;
import static org.regindex.codebook.control.CodebookLayout.GUIDANCE;
import static org.regindex.codebook.control.CodebookLayout.GUIDANCE_MAX;
import static org.regindex.codebook.control.CodebookLayout.INDICATOR;
import static org.regindex.codebook.control.CodebookLayout.INDICATOR_CODE;
import static org.regindex.codebook.control.CodebookLayout.NAME_MAX;
import static org.regindex.codebook.control.CodebookLayout.NOT_APPLICABLE;
import static org.regindex.codebook.control.CodebookLayout.OPTION_HEADER;
import static org.regindex.codebook.control.CodebookLayout.QUESTION;
import static org.regindex.codebook.control.CodebookLayout.QUESTION_MAX;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.regindex.codebook.control.CodebookLayout.AxisCategories;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.CodebookContent.AxisSpec;
import org.regindex.codebook.entity.CodebookContent.CategorySpec;
import org.regindex.codebook.entity.CodebookContent.IndicatorSpec;
import org.regindex.codebook.entity.CodebookContent.OptionSpec;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

/** Reads one grid in the codebook layout, collecting every problem before it gives up. */
final class CodebookReader {

    private final Grid grid;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<Integer, AxisSpec> axisAt = new LinkedHashMap<>();
    private final Map<String, AxisCategories> categoriesOf = new HashMap<>();
    private final OptionColumns options;
    private final TranslationColumns translations;

    CodebookReader(Grid grid, String sourceLanguage) {
        this.grid = grid;
        this.options = new OptionColumns(grid, problems, this::problemAt);
        this.translations = new TranslationColumns(grid, sourceLanguage, this::problemAt);
    }

    CodebookContent read() {
        if (grid.rows().isEmpty() || grid.isBlankRow(0)) {
            throw new InvalidImport(
                    ImportProblem.ofFile(grid.sheet(), "The first row must be the header row; it is empty."));
        }
        readHeader();
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        List<IndicatorSpec> indicators = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (int r = 1; r < grid.rows().size(); r++) {
            if (!grid.isBlankRow(r)) {
                IndicatorSpec indicator = readIndicator(r, rowOfCode);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
        }
        if (rowOfCode.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(grid.sheet(), "The file has a header row but no indicators."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        return new CodebookContent(axes(), indicators, translations.translations());
    }

    private void readHeader() {
        Map<Integer, String[]> optionParts = new TreeMap<>();
        List<String> header = grid.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            Matcher option = OPTION_HEADER.matcher(CodebookLayout.lower(name));
            Matcher axis = CodebookLayout.labelledCode(name);
            if (name.isEmpty()) {
                // a column without a heading is nobody's: skipped
            } else if (translations.claims(c, name)) {
                // a translation column, read by TranslationColumns
            } else if (List.of(INDICATOR, QUESTION, GUIDANCE, NOT_APPLICABLE, CONFIDENCE_REQUIRED)
                    .contains(CodebookLayout.lower(name))) {
                claim(CodebookLayout.lower(name), c);
            } else if (option.matches()) {
                int group = Integer.parseInt(option.group(1));
                String[] parts = optionParts.computeIfAbsent(group, g -> new String[3]);
                int part = List.of("code", "label", "score").indexOf(option.group(2));
                claim(CodebookLayout.option(group, option.group(2)), c);
                parts[part] = String.valueOf(c);
            } else if (axis.matches()) {
                readAxisHeader(c, axis.group(1), axis.group(2));
            } else {
                problemAt(
                        0,
                        c,
                        "Unknown column \"" + name + "\". Expected indicator, question, guidance, not_applicable, "
                                + "confidence_required, axis columns such as \"Policy area [policy_area]\", option_1_code, option_1_label, option_1_score, ... "
                                + "and translations such as question@de.");
            }
        }
        for (String required : List.of(INDICATOR, QUESTION, GUIDANCE, NOT_APPLICABLE)) {
            if (!columnOf.containsKey(required)) {
                problems.add(new ImportProblem(grid.sheet(), 1, "", "The column \"" + required + "\" is missing."));
            }
        }
        if (axisAt.isEmpty()) {
            problems.add(
                    new ImportProblem(
                            grid.sheet(),
                            1,
                            "",
                            "There is no axis column. Head each axis column with its label and code, e.g. \"Policy area [policy_area]\"."));
        }
        options.readHeader(optionParts);
        translations.checkHeader(
                axisAt.values().stream().map(AxisSpec::code).collect(Collectors.toSet()), optionParts.size());
    }

    private void claim(String name, int column) {
        Integer earlier = columnOf.putIfAbsent(name, column);
        if (earlier != null) {
            problemAt(
                    0,
                    column,
                    "The column \"" + name + "\" appears twice (also column " + Grid.columnLetter(earlier) + ").");
        }
    }

    private void readAxisHeader(int column, String label, String code) {
        if (!AXIS_CODE.matcher(code).matches()) {
            problemAt(
                    0,
                    column,
                    "The axis code \"" + code
                            + "\" must be lower-case letters, digits or _ , starting with a letter (e.g. policy_area).");
        } else if (label.length() > NAME_MAX) {
            problemAt(0, column, "An axis label has at most " + NAME_MAX + " characters.");
        } else if (axisAt.values().stream().anyMatch(axis -> axis.code().equals(code))) {
            problemAt(0, column, "The axis " + code + " has two columns.");
        } else {
            axisAt.put(column, new AxisSpec(code, label, List.of()));
            categoriesOf.put(code, new AxisCategories());
        }
    }

    private IndicatorSpec readIndicator(int r, Map<String, Integer> rowOfCode) {
        int before = problems.size();
        String code = cell(r, INDICATOR);
        if (code.isEmpty()) {
            problemAt(r, columnOf.get(INDICATOR), "The indicator code is missing.");
        } else if (code.length() > CODE_MAX || !INDICATOR_CODE.matcher(code).matches()) {
            problemAt(
                    r,
                    columnOf.get(INDICATOR),
                    "The indicator code \"" + code + "\" must be capital letters and digits, "
                            + "parts joined by - _ or . (e.g. LAB-ACT-03), at most " + CODE_MAX + " characters.");
        } else if (rowOfCode.containsKey(code)) {
            problemAt(
                    r,
                    columnOf.get(INDICATOR),
                    "The indicator code " + code + " is used twice (also on row " + (rowOfCode.get(code) + 1) + ").");
        } else {
            rowOfCode.put(code, r);
        }
        String question = required(r, QUESTION, QUESTION_MAX, "The question");
        String guidance = cell(r, GUIDANCE);
        if (guidance.length() > GUIDANCE_MAX) {
            problemAt(
                    r,
                    columnOf.get(GUIDANCE),
                    "The guidance has " + guidance.length() + " characters; at most " + GUIDANCE_MAX + " are allowed.");
        }
        boolean notApplicable = readYesNo(r, NOT_APPLICABLE);
        boolean confidenceRequired = columnOf.containsKey(CONFIDENCE_REQUIRED) && readYesNo(r, CONFIDENCE_REQUIRED);
        Map<String, String> categories = readCategories(r);
        List<OptionSpec> answerOptions = options.read(r);
        if (problems.size() > before) {
            return null;
        }
        IndicatorSpec indicator = new IndicatorSpec(
                code, question, guidance, notApplicable, categories, answerOptions, confidenceRequired);
        translations.read(r, indicator);
        return indicator;
    }

    private String required(int r, String column, int max, String what) {
        String value = cell(r, column);
        if (value.isEmpty()) {
            problemAt(r, columnOf.get(column), what + " is missing.");
        } else if (value.length() > max) {
            problemAt(
                    r,
                    columnOf.get(column),
                    what + " has " + value.length() + " characters; at most " + max + " are allowed.");
        }
        return value;
    }

    private boolean readYesNo(int r, String column) {
        String value = CodebookLayout.lower(cell(r, column));
        if (!value.isEmpty() && !value.equals("yes") && !value.equals("no")) {
            problemAt(r, columnOf.get(column), column + " must be yes or no, not \"" + cell(r, column) + "\".");
        }
        return value.equals("yes");
    }

    private Map<String, String> readCategories(int r) {
        Map<String, String> categories = new LinkedHashMap<>();
        for (Map.Entry<Integer, AxisSpec> axis : axisAt.entrySet()) {
            int column = axis.getKey();
            String value = grid.cell(r, column);
            Matcher category = CodebookLayout.labelledCode(value);
            if (value.isEmpty()) {
                problemAt(
                        r,
                        column,
                        "The category on axis " + axis.getValue().code()
                                + " is missing: every indicator has one category on each axis.");
            } else if (!category.matches()
                    || !CATEGORY_CODE.matcher(category.group(2)).matches()) {
                problemAt(
                        r,
                        column,
                        "\"" + value
                                + "\" is not a category written as \"Label [CODE]\" with a capital-letter code (e.g. \"Labour market [LAB]\").");
            } else if (category.group(1).length() > NAME_MAX) {
                problemAt(r, column, "A category label has at most " + NAME_MAX + " characters.");
            } else {
                registerCategory(r, column, axis.getValue().code(), category.group(2), category.group(1));
                categories.put(axis.getValue().code(), category.group(2));
            }
        }
        return categories;
    }

    private void registerCategory(int r, int column, String axis, String code, String label) {
        AxisCategories known = categoriesOf.get(axis);
        String earlier = known.labelByCode.putIfAbsent(code, label);
        known.firstRow.putIfAbsent(code, r);
        if (earlier != null && !earlier.equals(label)) {
            problemAt(
                    r,
                    column,
                    "The category " + code + " is called \"" + earlier + "\" on row " + (known.firstRow.get(code) + 1)
                            + " and \"" + label + "\" here; one name per category.");
        }
    }

    private List<AxisSpec> axes() {
        List<AxisSpec> axes = new ArrayList<>();
        for (AxisSpec axis : axisAt.values()) {
            List<CategorySpec> categories = new ArrayList<>();
            categoriesOf
                    .get(axis.code())
                    .labelByCode
                    .forEach((code, label) -> categories.add(new CategorySpec(code, label)));
            axes.add(new AxisSpec(axis.code(), axis.label(), categories));
        }
        return axes;
    }

    private String cell(int r, String column) {
        return grid.cell(r, columnOf.get(column));
    }

    private void problemAt(int r, int column, String message) {
        String header = column < grid.rows().get(0).size() ? grid.rows().get(0).get(column) : "";
        String where = Grid.columnLetter(column) + (header.isEmpty() || r == 0 ? "" : " (" + header + ")");
        problems.add(new ImportProblem(grid.sheet(), r + 1, where, message));
    }
}
