package org.regindex.platform.control;

import java.util.ArrayList;
import java.util.List;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;

/**
 * Finds where the quoting of a CSV text is broken, by row and column, before it is parsed: a value
 * that opens a quote and never closes it (it would swallow the rest of the file), text after a
 * closing quote, and a quote inside a value that does not start with one. Spreadsheets never write
 * these; a hand-edited file does, and guessing what was meant could store the wrong text.
 */
final class CsvQuoting {

    private static final int MAX_PROBLEMS = 20;

    private CsvQuoting() {}

    static List<ImportProblem> problems(String fileName, String text, char delimiter) {
        List<ImportProblem> problems = new ArrayList<>();
        int row = 1;
        int column = 0;
        boolean valueStart = true;
        boolean quoted = false;
        boolean closed = false;
        boolean reported = false;
        int quoteRow = 0;
        int quoteColumn = 0;
        for (int i = 0; i < text.length() && problems.size() < MAX_PROBLEMS; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                }
                continue;
            }
            if (c == delimiter || c == '\n') {
                if (c == '\n') {
                    row++;
                    column = 0;
                } else {
                    column++;
                }
                valueStart = true;
                closed = false;
                reported = false;
            } else if (c == '\r') {
                // part of a line break, which the row reader has seen already
            } else if (closed) {
                problems.add(problem(
                        fileName,
                        row,
                        column,
                        "There is text after the closing quote of this value. "
                                + "Put the whole value in quotes and double every quote inside it (\"\")."));
                closed = false;
                reported = true;
                valueStart = false;
            } else if (c == '"' && valueStart) {
                quoted = true;
                quoteRow = row;
                quoteColumn = column;
            } else if (c == '"' && !reported) {
                reported = true;
                problems.add(problem(
                        fileName,
                        row,
                        column,
                        "A quote stands inside a value that does not start with one. "
                                + "Put the whole value in quotes and double every quote inside it (\"\")."));
                valueStart = false;
            } else {
                valueStart = false;
            }
        }
        if (quoted && problems.size() < MAX_PROBLEMS) {
            problems.add(problem(
                    fileName,
                    quoteRow,
                    quoteColumn,
                    "The quoted value that starts here is never closed: every row after it would become part of it."));
        }
        return problems;
    }

    private static ImportProblem problem(String fileName, int row, int column, String message) {
        return new ImportProblem(fileName, row, Grid.columnLetter(column), message);
    }
}
