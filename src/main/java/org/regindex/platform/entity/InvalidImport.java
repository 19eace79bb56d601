package org.regindex.platform.entity;

import java.util.List;

/** A file that was not imported at all, with everything found wrong in it. */
public class InvalidImport extends Refusal {
    private static final String CONDITION = "InvalidImport"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public InvalidImport(List<ImportProblem> problems) {
        this(Kind.INVALID, problems);
    }

    /** For files refused for another reason than their content, e.g. conflicts with newer data (CONFLICT). */
    public InvalidImport(Kind kind, List<ImportProblem> problems) {
        super(kind, CONDITION, summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidImport(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        return problems.size() == 1
                ? "Nothing was imported: " + problems.get(0).describe()
                : "Nothing was imported: the file has " + problems.size() + " problems.";
    }
}
