package org.regindex.platform.entity;

import java.util.List;

/** A file that was not imported at all, with everything found wrong in it. */
public class InvalidImport extends Refusal {

    private final transient List<ImportProblem> problems;

    public InvalidImport(List<ImportProblem> problems) {
        super(Kind.INVALID, summary(problems));
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
