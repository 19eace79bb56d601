package org.regindex.codebook.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.CodebookContent.AxisSpec;
import org.regindex.codebook.entity.CodebookContent.IndicatorSpec;
import org.regindex.codebook.entity.CodebookContent.OptionSpec;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.Table;

/**
 * The one file layout of a codebook, for CSV and for the {@value #SHEET} sheet of a workbook: one row
 * per indicator; columns {@code indicator}, {@code question}, {@code guidance}, {@code not_applicable}
 * (yes/no); one column per axis headed {@code Label [axis_code]} whose cells name the category as
 * {@code Label [CODE]}; then option groups {@code option_N_code}, {@code option_N_label},
 * {@code option_N_score} from N = 1. Axes and categories are ordered by first appearance. Translations follow,
 * language by language, in columns headed like the source column with {@code @} and the language
 * ({@code question@de}, {@code option_1_label@de}, {@code Politikbereich [policy_area]@de}; see
 * {@code TranslationColumns}).
 */
public final class CodebookLayout {

    public static final String SHEET = "indicators";
    static final String INDICATOR = "indicator";
    static final String QUESTION = "question";
    static final String GUIDANCE = "guidance";
    static final String NOT_APPLICABLE = "not_applicable";
    /** Optional: yes where an answer needs the expert's confidence; written only when some indicator says yes. */
    static final String CONFIDENCE_REQUIRED = "confidence_required";

    static final int CODE_MAX = 30;
    static final int QUESTION_MAX = 2000;
    static final int GUIDANCE_MAX = 10000;
    static final int OPTION_LABEL_MAX = 500;
    static final int NAME_MAX = 200;

    static final Pattern LABELLED_CODE = Pattern.compile("(.*\\S)\\s*\\[([^\\]]*)]");
    static final Pattern AXIS_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9]*([-_.][A-Z0-9]+)*");
    static final Pattern OPTION_CODE = Pattern.compile("[a-z0-9]{1,5}");
    static final Pattern OPTION_HEADER = Pattern.compile("option_([1-9][0-9]?)_(code|label|score)");
    static final Pattern SCORE = Pattern.compile("[0-9]{1,3}");

    private CodebookLayout() {}

    public static Table toTable(CodebookContent content) {
        int optionGroups = Math.max(
                2,
                content.indicators().stream()
                        .mapToInt(i -> i.options().size())
                        .max()
                        .orElse(2));
        List<String> header = new ArrayList<>(List.of(INDICATOR, QUESTION, GUIDANCE, NOT_APPLICABLE));
        boolean withConfidence = content.indicators().stream().anyMatch(IndicatorSpec::confidenceRequired);
        if (withConfidence) {
            header.add(CONFIDENCE_REQUIRED);
        }
        content.axes().forEach(axis -> header.add(labelled(axis.label(), axis.code())));
        for (int n = 1; n <= optionGroups; n++) {
            header.addAll(List.of(option(n, "code"), option(n, "label"), option(n, "score")));
        }
        Translations translations = content.translations();
        for (String language : translations.languages()) {
            header.add(QUESTION + "@" + language);
            header.add(GUIDANCE + "@" + language);
            content.axes()
                    .forEach(axis -> header.add(labelled(
                                    translations
                                            .in(language, TextKey.axis(axis.code()), axis.label())
                                            .text(),
                                    axis.code())
                            + "@" + language));
            for (int n = 1; n <= optionGroups; n++) {
                header.add(option(n, "label") + "@" + language);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorSpec indicator : content.indicators()) {
            List<Object> row = new ArrayList<>(List.of(
                    indicator.code(),
                    indicator.question(),
                    indicator.guidance(),
                    indicator.notApplicableAllowed() ? "yes" : "no"));
            if (withConfidence) {
                row.add(indicator.confidenceRequired() ? "yes" : "no");
            }
            for (AxisSpec axis : content.axes()) {
                String category = indicator.categoryByAxis().get(axis.code());
                row.add(axis.categories().stream()
                        .filter(c -> c.code().equals(category))
                        .map(c -> labelled(c.label(), c.code()))
                        .findFirst()
                        .orElse(""));
            }
            for (int n = 0; n < optionGroups; n++) {
                if (n < indicator.options().size()) {
                    OptionSpec option = indicator.options().get(n);
                    row.addAll(List.of(option.code(), option.label(), option.score()));
                } else {
                    row.addAll(List.of("", "", ""));
                }
            }
            for (String language : translations.languages()) {
                row.addAll(translatedCells(content, indicator, language, optionGroups));
            }
            rows.add(row);
        }
        return new Table(SHEET, header, rows);
    }

    private static List<Object> translatedCells(
            CodebookContent content, IndicatorSpec indicator, String language, int optionGroups) {
        Translations translations = content.translations();
        List<Object> cells = new ArrayList<>();
        cells.add(
                translations.text(language, TextKey.question(indicator.code())).orElse(""));
        cells.add(
                translations.text(language, TextKey.guidance(indicator.code())).orElse(""));
        for (AxisSpec axis : content.axes()) {
            String category = indicator.categoryByAxis().get(axis.code());
            cells.add(translations
                    .text(language, TextKey.category(axis.code(), category))
                    .map(label -> labelled(label, category))
                    .orElse(""));
        }
        for (int n = 0; n < optionGroups; n++) {
            cells.add(
                    n < indicator.options().size()
                            ? translations
                                    .text(
                                            language,
                                            TextKey.option(
                                                    indicator.code(),
                                                    indicator.options().get(n).code()))
                                    .orElse("")
                            : "");
        }
        return cells;
    }

    static String labelled(String label, String code) {
        return label + " [" + code + "]";
    }

    static String option(int n, String part) {
        return "option_" + n + "_" + part;
    }

    /** Reads a whole codebook written in English, or refuses it with every problem found ({@code InvalidImport}). */
    public static CodebookContent read(Grid grid) {
        return read(grid, Translations.NONE.source());
    }

    /** Reads a whole codebook whose source columns are in {@code sourceLanguage}, with its translation columns. */
    public static CodebookContent read(Grid grid, String sourceLanguage) {
        return new CodebookReader(grid, sourceLanguage).read();
    }

    /** Categories of one axis as they are met, each with the row that first named it. */
    static final class AxisCategories {
        final Map<String, String> labelByCode = new LinkedHashMap<>();
        final Map<String, Integer> firstRow = new HashMap<>();
    }

    static Matcher labelledCode(String text) {
        return LABELLED_CODE.matcher(text);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
