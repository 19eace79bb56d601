package org.regindex.questionnaire.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regindex.codebook.entity.AnswerOption;
import org.regindex.codebook.entity.Indicator;

/**
 * What an expert says about one indicator: the chosen option or "not applicable" with a reason, the
 * justification, the sources, a private note and how sure the expert is (null while not said). May be
 * incomplete while the expert works; {@link #missing(boolean)} says what submitting still needs.
 */
public record AnswerContent(
        String optionCode,
        boolean notApplicable,
        String notApplicableReason,
        String justification,
        List<Source> sources,
        String note,
        Confidence confidence) {

    public static final int REASON_MAX = 2000;
    public static final int JUSTIFICATION_MAX = 10_000;
    public static final int NOTE_MAX = 10_000;
    public static final int SOURCES_MAX = 20;
    public static final int CITATION_MAX = 1000;
    public static final int URL_MAX = 2000;

    public static final AnswerContent EMPTY = new AnswerContent(null, false, "", "", List.of(), "", null);

    public AnswerContent {
        optionCode = optionCode == null || optionCode.isBlank() ? null : optionCode;
        notApplicableReason = orEmpty(notApplicableReason);
        justification = orEmpty(justification);
        note = orEmpty(note);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A content whose confidence is not said. */
    public AnswerContent(
            String optionCode,
            boolean notApplicable,
            String notApplicableReason,
            String justification,
            List<Source> sources,
            String note) {
        this(optionCode, notApplicable, notApplicableReason, justification, sources, note, null);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Every reason this content cannot be saved for the indicator; empty when it can. */
    public List<String> problems(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        if (optionCode != null && indicator.option(optionCode).isEmpty()) {
            problems.add("\"" + optionCode + "\" is not an option of " + indicator.code() + " (its options are "
                    + String.join(
                            ", ",
                            indicator.options().stream().map(AnswerOption::code).toList()) + ").");
        }
        if (notApplicable && !indicator.notApplicableAllowed()) {
            problems.add(indicator.code() + " does not allow \"not applicable\".");
        }
        if (notApplicable && optionCode != null) {
            problems.add("Choose an option or \"not applicable\", not both.");
        }
        tooLong(problems, "The reason for \"not applicable\"", notApplicableReason, REASON_MAX);
        tooLong(problems, "The justification", justification, JUSTIFICATION_MAX);
        tooLong(problems, "The note", note, NOTE_MAX);
        if (sources.size() > SOURCES_MAX) {
            problems.add("An answer has at most " + SOURCES_MAX + " sources; this one has " + sources.size() + ".");
        }
        for (int i = 0; i < sources.size(); i++) {
            sourceProblems(problems, i + 1, sources.get(i));
        }
        return problems;
    }

    private static void tooLong(List<String> problems, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(what + " has " + text.length() + " characters; at most " + max + " are allowed.");
        }
    }

    private static void sourceProblems(List<String> problems, int number, Source source) {
        if (source.citation() == null || source.citation().isBlank()) {
            problems.add("Source " + number + " needs a citation (the URL alone is not enough).");
        } else {
            tooLong(problems, "The citation of source " + number, source.citation(), CITATION_MAX);
        }
        if (!source.url().isEmpty() && !isWebAddress(source.url())) {
            problems.add("The URL of source " + number + " is not a web address starting with http:// or https://.");
        }
        tooLong(problems, "The URL of source " + number, source.url(), URL_MAX);
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What submitting still needs from this answer, in short phrases; empty when complete. */
    public List<String> missing(boolean confidenceRequired) {
        return lacks(confidenceRequired).stream().map(Lack::phrase).toList();
    }

    /**
     * What submitting still needs from this answer; empty when complete. Complete is an option, a
     * justification, a source and, where the indicator requires it, the confidence; or "not applicable" with
     * its reason, which is enough on its own.
     */
    public List<Lack> lacks(boolean confidenceRequired) {
        List<Lack> lacks = new ArrayList<>();
        if (notApplicable) {
            if (notApplicableReason.isBlank()) {
                lacks.add(Lack.NO_REASON);
            }
            return lacks;
        }
        if (optionCode == null) {
            lacks.add(Lack.NO_OPTION);
        }
        if (justification.isBlank()) {
            lacks.add(Lack.NO_JUSTIFICATION);
        }
        if (sources.isEmpty()) {
            lacks.add(Lack.NO_SOURCE);
        }
        if (confidenceRequired && confidence == null) {
            lacks.add(Lack.NO_CONFIDENCE);
        }
        return lacks;
    }

    public boolean isComplete(boolean confidenceRequired) {
        return lacks(confidenceRequired).isEmpty();
    }

    public AnswerContent withNote(String newNote) {
        return new AnswerContent(
                optionCode, notApplicable, notApplicableReason, justification, sources, newNote, confidence);
    }

    public AnswerContent withConfidence(Confidence newConfidence) {
        return new AnswerContent(
                optionCode, notApplicable, notApplicableReason, justification, sources, note, newConfidence);
    }

    /**
     * Whether two contents say the same once surrounding blanks are ignored: a spreadsheet round trip
     * trims cells, which is no change of the answer.
     */
    public boolean sameAs(AnswerContent other) {
        return stripped().equals(other.stripped());
    }

    private AnswerContent stripped() {
        return new AnswerContent(
                optionCode == null ? null : optionCode.strip(),
                notApplicable,
                notApplicableReason.strip(),
                justification.strip(),
                sources.stream()
                        .map(s -> new Source(s.citation().strip(), s.url().strip()))
                        .toList(),
                note.strip(),
                confidence);
    }

    /** "option b, justification \"...\", 2 sources": what an answer says, in a line. */
    public String summary() {
        String choice = notApplicable ? "not applicable" : optionCode == null ? "no option" : "option " + optionCode;
        String line = justification.strip().replaceAll("\\s+", " ");
        String said = line.isEmpty()
                ? "no justification"
                : "justification \"" + (line.length() <= 80 ? line : line.substring(0, 77) + "...") + "\"";
        return choice + ", " + said + ", " + sources.size() + " source" + (sources.size() == 1 ? "" : "s")
                + (confidence == null ? "" : ", " + confidence.code() + " confidence");
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
