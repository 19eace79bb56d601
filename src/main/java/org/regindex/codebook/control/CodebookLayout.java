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
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.Table;

/**
 * The one file layout of a codebook, for CSV and for the {@value #SHEET} sheet of a workbook: one row
 * per indicator; columns {@code indicator}, {@code question}, {@code guidance}, {@code not_applicable}
 * (yes/no); one column per axis headed {@code Label [axis_code]} whose cells name the category as
 * {@code Label [CODE]}; then option groups {@code option_N_code}, {@code option_N_label},
 * {@code option_N_score} from N = 1. Axes and categories are ordered by first appearance.
 */
public final class CodebookLayout {

    public static final String SHEET = "indicators";
    static final String INDICATOR = "indicator";
    static final String QUESTION = "question";
    static final String GUIDANCE = "guidance";
    static final String NOT_APPLICABLE = "not_applicable";

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
        content.axes().forEach(axis -> header.add(labelled(axis.label(), axis.code())));
        for (int n = 1; n <= optionGroups; n++) {
            header.addAll(List.of(option(n, "code"), option(n, "label"), option(n, "score")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorSpec indicator : content.indicators()) {
            List<Object> row = new ArrayList<>(List.of(
                    indicator.code(),
                    indicator.question(),
                    indicator.guidance(),
                    indicator.notApplicableAllowed() ? "yes" : "no"));
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
            rows.add(row);
        }
        return new Table(SHEET, header, rows);
    }

    static String labelled(String label, String code) {
        return label + " [" + code + "]";
    }

    static String option(int n, String part) {
        return "option_" + n + "_" + part;
    }

    /** Reads a whole codebook, or refuses it with every problem found ({@code InvalidImport}). */
    public static CodebookContent read(Grid grid) {
        return new CodebookReader(grid).read();
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
