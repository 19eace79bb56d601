package org.regindex.codebook.control;

import static org.regindex.codebook.control.CodebookLayout.OPTION_CODE;
import static org.regindex.codebook.control.CodebookLayout.OPTION_LABEL_MAX;
import static org.regindex.codebook.control.CodebookLayout.SCORE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.entity.CodebookContent.OptionSpec;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;

/**
 * The answer options of the codebook layout: the header's groups of columns option_N_code, option_N_label and
 * option_N_score (numbered from 1 without gaps, at least two), and each indicator's options in them.
 * Problems go to the reader's list.
 */
final class OptionColumns {

    /** Where a problem of a cell is reported: row, column, sentence. */
    interface ProblemAt {
        void problem(int row, int column, String message);
    }

    private final Grid grid;
    private final List<ImportProblem> problems;
    private final ProblemAt at;
    private final List<int[]> optionGroups = new ArrayList<>();

    OptionColumns(Grid grid, List<ImportProblem> problems, ProblemAt at) {
        this.grid = grid;
        this.problems = problems;
        this.at = at;
    }

    void readHeader(Map<Integer, String[]> optionParts) {
        int expected = 1;
        for (Map.Entry<Integer, String[]> group : optionParts.entrySet()) {
            if (group.getKey() != expected) {
                problems.add(new ImportProblem(
                        grid.sheet(),
                        1,
                        "",
                        "Option columns must be numbered from 1 without gaps; option_" + expected + " is missing."));
                return;
            }
            String[] parts = group.getValue();
            for (int p = 0; p < 3; p++) {
                if (parts[p] == null) {
                    problems.add(new ImportProblem(
                            grid.sheet(),
                            1,
                            "",
                            "The column \""
                                    + CodebookLayout.option(
                                            expected,
                                            List.of("code", "label", "score").get(p)) + "\" is missing."));
                    return;
                }
            }
            optionGroups.add(
                    new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
            expected++;
        }
        if (optionGroups.size() < 2) {
            problems.add(
                    new ImportProblem(
                            grid.sheet(),
                            1,
                            "",
                            "Every indicator needs at least two answer options: add columns option_1_code, option_1_label, option_1_score, option_2_code, ..."));
        }
    }

    List<OptionSpec> read(int r) {
        List<OptionSpec> options = new ArrayList<>();
        int emptyGroup = -1;
        for (int g = 0; g < optionGroups.size(); g++) {
            int[] columns = optionGroups.get(g);
            String code = grid.cell(r, columns[0]);
            String label = grid.cell(r, columns[1]);
            String score = grid.cell(r, columns[2]);
            if (code.isEmpty() && label.isEmpty() && score.isEmpty()) {
                emptyGroup = emptyGroup < 0 ? g : emptyGroup;
                continue;
            }
            if (emptyGroup >= 0) {
                at.problem(
                        r,
                        columns[0],
                        "Option " + (g + 1) + " follows the empty option " + (emptyGroup + 1)
                                + "; options must be contiguous.");
            }
            OptionSpec option = readOption(r, columns, code, label, score, options);
            if (option != null) {
                options.add(option);
            }
        }
        if (options.size() < 2 && !optionGroups.isEmpty()) {
            at.problem(
                    r,
                    optionGroups.get(0)[0],
                    "The indicator has " + options.size() + " answer option" + (options.size() == 1 ? "" : "s")
                            + "; it needs at least two.");
        }
        return options;
    }

    private OptionSpec readOption(
            int r, int[] columns, String code, String label, String score, List<OptionSpec> earlier) {
        int before = problems.size();
        if (!OPTION_CODE.matcher(code).matches()) {
            at.problem(
                    r,
                    columns[0],
                    "The option code \"" + code + "\" must be 1 to 5 lower-case letters or digits (e.g. a).");
        } else if (earlier.stream().anyMatch(option -> option.code().equals(code))) {
            at.problem(r, columns[0], "The option code " + code + " is used twice in this indicator.");
        }
        if (label.isEmpty()) {
            at.problem(r, columns[1], "The option label is missing.");
        } else if (label.length() > OPTION_LABEL_MAX) {
            at.problem(
                    r,
                    columns[1],
                    "The option label has " + label.length() + " characters; at most " + OPTION_LABEL_MAX
                            + " are allowed.");
        }
        int value = -1;
        if (!SCORE.matcher(score).matches()) {
            at.problem(r, columns[2], "The score \"" + score + "\" is not a whole number from 0 to 100.");
        } else if ((value = Integer.parseInt(score)) > 100) {
            at.problem(r, columns[2], "The score " + value + " is out of range: scores go from 0 to 100.");
        }
        return problems.size() > before ? null : new OptionSpec(code, label, value);
    }
}
