package org.regindex.codebook.control;

import static org.regindex.codebook.control.CodebookLayout.GUIDANCE;
import static org.regindex.codebook.control.CodebookLayout.GUIDANCE_MAX;
import static org.regindex.codebook.control.CodebookLayout.NAME_MAX;
import static org.regindex.codebook.control.CodebookLayout.OPTION_HEADER;
import static org.regindex.codebook.control.CodebookLayout.OPTION_LABEL_MAX;
import static org.regindex.codebook.control.CodebookLayout.QUESTION;
import static org.regindex.codebook.control.CodebookLayout.QUESTION_MAX;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regindex.codebook.entity.CodebookContent.IndicatorSpec;
import org.regindex.codebook.entity.CodebookContent.OptionSpec;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.TextPart;
import org.regindex.codebook.entity.Translations;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.Languages;

/**
 * The translation columns of the codebook layout: a source column's heading with {@code @} and a language tag,
 * {@code question@de}, {@code guidance@de}, {@code option_1_label@de}, and for an axis {@code Politikbereich
 * [policy_area]@de} (its heading gives the axis's label in that language, its cells the category's, as
 * {@code Arbeitsmarkt [LAB]} or just {@code Arbeitsmarkt}). An empty cell is a text not translated. Problems go to
 * the reader's list.
 */
final class TranslationColumns {

    static final Pattern SUFFIXED = Pattern.compile("(.*\\S)@([A-Za-z0-9-]*)");

    /** One translation column: which text, which language, and the axis or option group it belongs to. */
    private record Column(int at, String language, TextPart part, String axis, int optionGroup) {}

    private final Grid grid;
    private final String source;
    private final OptionColumns.ProblemAt at;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<String, String[]> categoryNames = new HashMap<>();
    private final Translations.Builder texts;

    TranslationColumns(Grid grid, String source, OptionColumns.ProblemAt at) {
        this.grid = grid;
        this.source = source;
        this.at = at;
        this.texts = Translations.builder(source);
    }

    /** True when {@code name} is a translation column's heading; it is then read (or refused with a sentence). */
    boolean claims(int column, String name) {
        Matcher suffixed = SUFFIXED.matcher(name);
        if (!suffixed.matches()) {
            return false;
        }
        String base = suffixed.group(1);
        String language = CodebookLayout.lower(suffixed.group(2));
        if (!Languages.supported(language)) {
            at.problem(
                    0,
                    column,
                    "The column \"" + name + "\" is for the language \"" + suffixed.group(2)
                            + "\", which Regindex does not know; translations are for "
                            + String.join(", ", Languages.TAGS)
                            + ".");
            return true;
        }
        if (language.equals(source)) {
            at.problem(
                    0,
                    column,
                    "The column \"" + name + "\" is for " + language
                            + ", the codebook's source language: its texts go into the column \"" + base + "\".");
            return true;
        }
        Matcher option = OPTION_HEADER.matcher(CodebookLayout.lower(base));
        Matcher axis = CodebookLayout.labelledCode(base);
        Column read;
        if (CodebookLayout.lower(base).equals(QUESTION)) {
            read = new Column(column, language, TextPart.QUESTION, null, -1);
        } else if (CodebookLayout.lower(base).equals(GUIDANCE)) {
            read = new Column(column, language, TextPart.GUIDANCE, null, -1);
        } else if (option.matches() && option.group(2).equals("label")) {
            read = new Column(column, language, TextPart.OPTION, null, Integer.parseInt(option.group(1)) - 1);
        } else if (axis.matches()) {
            read = new Column(column, language, TextPart.AXIS, axis.group(2), -1);
            if (axis.group(1).length() > NAME_MAX) {
                at.problem(0, column, "An axis label has at most " + NAME_MAX + " characters.");
            }
            texts.put(language, TextKey.axis(axis.group(2)), axis.group(1));
        } else {
            at.problem(
                    0,
                    column,
                    "The column \"" + name + "\" translates \"" + base + "\", which has no translation; translated are "
                            + "question, guidance, option_N_label and the axis columns, e.g. question@de.");
            return true;
        }
        String what = read.part() + "/" + (read.axis() == null ? "" : read.axis()) + "/" + read.optionGroup() + "@"
                + language;
        Integer earlier = columnOf.putIfAbsent(what, column);
        if (earlier != null) {
            at.problem(
                    0,
                    column,
                    "The column \"" + name + "\" translates the same text as column " + Grid.columnLetter(earlier)
                            + ".");
        } else {
            columns.add(read);
        }
        return true;
    }

    /** After the source columns are known: every translation column translates one of them. */
    void checkHeader(Set<String> axisCodes, int optionGroups) {
        for (Column column : columns) {
            if (column.part() == TextPart.AXIS && !axisCodes.contains(column.axis())) {
                at.problem(
                        0,
                        column.at(),
                        "The column translates the axis " + column.axis() + ", which has no column of its own.");
            } else if (column.part() == TextPart.OPTION && column.optionGroup() >= optionGroups) {
                at.problem(
                        0,
                        column.at(),
                        "The column translates option " + (column.optionGroup() + 1) + ", which has no option_"
                                + (column.optionGroup() + 1) + "_label column.");
            }
        }
    }

    /** The translations on row {@code r} of a valid indicator. */
    void read(int r, IndicatorSpec indicator) {
        for (Column column : columns) {
            String text = grid.cell(r, column.at());
            if (text.isEmpty()) {
                continue;
            }
            switch (column.part()) {
                case QUESTION -> put(r, column, TextKey.question(indicator.code()), text, QUESTION_MAX, "The question");
                case GUIDANCE -> put(r, column, TextKey.guidance(indicator.code()), text, GUIDANCE_MAX, "The guidance");
                case OPTION -> option(r, column, indicator, text);
                case AXIS -> category(r, column, indicator, text);
                default -> throw new IllegalStateException(column.part().name());
            }
        }
    }

    private void option(int r, Column column, IndicatorSpec indicator, String text) {
        List<OptionSpec> options = indicator.options();
        if (column.optionGroup() >= options.size()) {
            at.problem(
                    r,
                    column.at(),
                    "Option " + (column.optionGroup() + 1)
                            + " is empty on this row, so its label cannot have a translation.");
        } else {
            put(
                    r,
                    column,
                    TextKey.option(
                            indicator.code(), options.get(column.optionGroup()).code()),
                    text,
                    OPTION_LABEL_MAX,
                    "The option label");
        }
    }

    private void category(int r, Column column, IndicatorSpec indicator, String text) {
        String category = indicator.categoryByAxis().get(column.axis());
        Matcher labelled = CodebookLayout.labelledCode(text);
        String label = text;
        if (labelled.matches()) {
            if (!labelled.group(2).equals(category)) {
                at.problem(
                        r,
                        column.at(),
                        "\"" + text + "\" names the category " + labelled.group(2) + ", but this indicator is in "
                                + category + " on axis " + column.axis() + ".");
                return;
            }
            label = labelled.group(1);
        }
        if (label.length() > NAME_MAX) {
            at.problem(r, column.at(), "A category label has at most " + NAME_MAX + " characters.");
            return;
        }
        String[] earlier = categoryNames.putIfAbsent(
                column.language() + "/" + column.axis() + "/" + category, new String[] {label, String.valueOf(r)});
        if (earlier != null && !earlier[0].equals(label)) {
            at.problem(
                    r,
                    column.at(),
                    "The category " + category + " is called \"" + earlier[0] + "\" on row "
                            + (Integer.parseInt(earlier[1]) + 1) + " and \"" + label
                            + "\" here; one name per category.");
            return;
        }
        texts.put(column.language(), TextKey.category(column.axis(), category), label);
    }

    private void put(int r, Column column, TextKey key, String text, int max, String what) {
        if (text.length() > max) {
            at.problem(
                    r, column.at(), what + " has " + text.length() + " characters; at most " + max + " are allowed.");
        } else {
            texts.put(column.language(), key, text);
        }
    }

    Translations translations() {
        return texts.build();
    }
}
