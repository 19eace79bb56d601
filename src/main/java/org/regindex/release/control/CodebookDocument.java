package org.regindex.release.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseContent.Axis;
import org.regindex.release.entity.ReleaseContent.Category;
import org.regindex.release.entity.ReleaseContent.Indicator;
import org.regindex.release.entity.ReleaseContent.Option;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release's codebook as one XHTML document, the source of its PDF: what the release is and how to cite
 * it, the scoring rule with a worked example, the axes and categories, and every indicator with its
 * question, guidance, categories, options and scores. Its texts come from the public pages' bundle, so the
 * page and the PDF say the same; every value of the release is escaped.
 */
public final class CodebookDocument {

    /** The public pages' texts (the codebook.* keys). */
    public static final String TEXTS = "org.regindex.i18n.messages";

    private final ReleaseContent content;
    private final ReleaseFacts facts;
    private final ResourceBundle texts;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private CodebookDocument(ReleaseContent content, ReleaseFacts facts, ResourceBundle texts) {
        this.content = content;
        this.facts = facts;
        this.texts = texts;
    }

    /** The document in English, as the PDF download has it. */
    public static String xhtml(ReleaseContent content, ReleaseFacts facts) {
        return xhtml(content, facts, ResourceBundle.getBundle(TEXTS, Locale.ENGLISH));
    }

    public static String xhtml(ReleaseContent content, ReleaseFacts facts, ResourceBundle texts) {
        return new CodebookDocument(content, facts, texts).write();
    }

    private String write() {
        String title = text("codebook.title", facts.version());
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(
                        texts.getLocale().getLanguage().isEmpty()
                                ? "en"
                                : texts.getLocale().getLanguage()))
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title + ": " + content.header().title()))
                .append("</title><style>")
                .append(CodebookPdf.STYLE)
                .append("</style></head><body>\n");
        element("div", "footer", text("codebook.footer", facts.version()));
        element(
                "h1",
                "",
                text("codebook.heading", facts.version(), content.header().title()));
        header();
        methodology();
        axes();
        indicators();
        out.append("</body></html>\n");
        return out.toString();
    }

    private void header() {
        ReleaseContent.Header h = content.header();
        out.append("<dl class=\"facts\">");
        String codebook = Integer.toString(h.codebookVersion());
        fact("codebook.codebook", text("codebook.codebookValue", h.codebookTitle(), h.codebookCode(), codebook));
        fact("codebook.cycle", h.cycleName());
        fact("codebook.release", facts.version());
        fact("codebook.frozen", day(facts.frozenAt()));
        if (facts.publishedAt() != null) {
            fact("codebook.published", day(facts.publishedAt()));
        }
        fact("codebook.digest", facts.digest());
        fact("codebook.licence", facts.licence().title + " (" + facts.licence().spdx + "), " + facts.licence().url);
        fact("codebook.citation", Citations.text(content, facts).strip());
        fact("codebook.address", facts.landingUrl());
        out.append("</dl>\n");
    }

    private void methodology() {
        String first = content.axes().isEmpty() ? "" : content.axes().get(0).label();
        element("h2", "", text("codebook.methodology"));
        for (String rule : List.of("ruleIndicator", "ruleCategory", "ruleOverall", "ruleCoverage", "ruleRank")) {
            element("p", "", text("codebook." + rule, first));
        }
        element("h3", "", text("codebook.notApplicable"));
        element("p", "", text("codebook.notApplicableText"));
        element("h3", "", text("codebook.rounding"));
        element("p", "", text("codebook.roundingText"));
        element("h3", "", text("codebook.example"));
        WorkedExample.of(content).ifPresentOrElse(this::example, () -> element("p", "", text("codebook.exampleNone")));
    }

    private void example(WorkedExample example) {
        String axis = example.axis().label();
        element("p", "", text("codebook.exampleIntro", axis));
        for (WorkedExample.Step step : example.steps()) {
            String category = step.category().label();
            tableHead(
                    "example",
                    text("codebook.exampleCaption", axis, category),
                    "codebook.exampleIndicator",
                    "codebook.exampleAnswer",
                    "codebook.exampleScore");
            for (WorkedExample.Line line : step.lines()) {
                Option option = line.option();
                row(
                        line.indicator().code(),
                        option == null ? text("answer.notApplicable") : option.code() + ": " + option.label(),
                        option == null ? text("codebook.exampleLeftOut") : Integer.toString(option.score()));
            }
            out.append("</tbody></table>\n");
            element(
                    "p",
                    "result",
                    step.score() == null
                            ? text("codebook.exampleNoScore", category)
                            : text(
                                    "codebook.exampleCategory",
                                    category,
                                    step.sum(),
                                    step.score().toPlainString()));
        }
        String overall = example.overall() == null ? "" : example.overall().toPlainString();
        if (example.overall() != null) {
            String sum = example.overallSum(BigDecimal::toPlainString);
            element("p", "result", text("codebook.exampleOverall", sum, overall));
        }
        if (example.otherCategories() > 0) {
            element("p", "", text("codebook.exampleOthers", Integer.toString(example.otherCategories()), axis));
        }
        if (example.roundingMatters()) {
            element(
                    "p",
                    "",
                    text("codebook.exampleRounding", example.roundedMean().toPlainString(), overall));
        }
    }

    private void axes() {
        String count = Integer.toString(content.axes().size());
        element("h2", "", text("codebook.axes"));
        element(
                "p",
                "",
                text(
                        "codebook.axesText",
                        count,
                        content.axes().isEmpty() ? "" : content.axes().get(0).label()));
        for (Axis axis : content.axes()) {
            tableHead(
                    "axis",
                    text("codebook.axisCaption", axis.label(), axis.code()),
                    "codebook.code",
                    "codebook.category",
                    "codebook.indicatorCount");
            for (Category category : axis.categories()) {
                long in = content.indicators().stream()
                        .filter(i -> category.code().equals(i.categoryByAxis().get(axis.code())))
                        .count();
                row(category.code(), category.label(), Long.toString(in));
            }
            out.append("</tbody></table>\n");
        }
    }

    private void indicators() {
        element("h2", "", text("codebook.indicators"));
        element(
                "p",
                "",
                text(
                        "codebook.indicatorsText",
                        Integer.toString(content.indicators().size())));
        for (Indicator indicator : content.indicators()) {
            out.append("<div class=\"indicator\">");
            element("h3", "", indicator.code());
            element("p", "question", indicator.question());
            if (!indicator.guidance().isBlank()) {
                element("p", "label", text("codebook.guidance"));
                element("p", "guidance", indicator.guidance());
            }
            element("p", "label", text("codebook.categories"));
            out.append("<ul class=\"categories\">");
            categories(content, indicator).forEach(category -> element("li", "", category));
            out.append("</ul>");
            String allowed = indicator.notApplicableAllowed() ? "notApplicableAllowed" : "notApplicableNotAllowed";
            element("p", "", text("codebook." + allowed));
            tableHead("options", "", "codebook.code", "codebook.option", "codebook.score");
            indicator.options().forEach(o -> row(o.code(), o.label(), Integer.toString(o.score())));
            out.append("</tbody></table></div>\n");
        }
    }

    /** "Policy area: Labour market [LAB]", one per axis, in the codebook's order of axes. */
    public static List<String> categories(ReleaseContent content, Indicator indicator) {
        return content.axes().stream()
                .map(axis -> {
                    String code = indicator.categoryByAxis().getOrDefault(axis.code(), "");
                    String label = axis.categories().stream()
                            .filter(c -> c.code().equals(code))
                            .map(Category::label)
                            .findFirst()
                            .orElse(code);
                    return axis.label() + ": " + label + " [" + code + "]";
                })
                .toList();
    }

    private void fact(String key, String value) {
        element("dt", "", text(key));
        element("dd", "", value);
    }

    /** A table's start up to its body: the caption (none when empty) and the column headings. */
    private void tableHead(String cssClass, String caption, String... headings) {
        out.append("<table class=\"").append(cssClass).append("\">");
        if (!caption.isEmpty()) {
            element("caption", "", caption);
        }
        out.append("<thead><tr>");
        for (String heading : headings) {
            out.append("<th scope=\"col\">").append(escape(text(heading))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
    }

    /** A row of three cells: a code, a text, and a number (or what stands for it). */
    private void row(String code, String label, String number) {
        out.append("<tr>");
        element("td", "code", code);
        element("td", "", label);
        element("td", "number", number);
        out.append("</tr>");
    }

    private void element(String tag, String cssClass, String value) {
        out.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(value)).append("</").append(tag).append('>');
    }

    /**
     * A text of the bundle. A text with a {0} is a MessageFormat pattern (its apostrophes doubled); one
     * without is used as written, whatever arguments are given.
     */
    private String text(String key, String... arguments) {
        String pattern = texts.getString(key);
        return pattern.contains("{0}") ? new MessageFormat(pattern, texts.getLocale()).format(arguments) : pattern;
    }

    private static String day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * Text as XML character data: markup escaped, and what XML 1.0 cannot hold (control characters, lone
     * surrogates, U+FFFE and U+FFFF) replaced by U+FFFD, so no value can break or inject into the document.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        }
        return escaped.toString();
    }
}
