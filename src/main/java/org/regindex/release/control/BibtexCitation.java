package org.regindex.release.control;

import java.util.List;
import java.util.regex.Pattern;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release as a biblatex {@code @dataset} entry (UTF-8, as biber reads it). BibTeX tools that do not
 * know the type treat it as {@code @misc} and still find author, title, year, publisher, url and doi.
 */
final class BibtexCitation {

    /** " and " separates names in a list field, so a name part holding it is braced (as is one with a comma). */
    private static final Pattern NAME_BREAKING = Pattern.compile("(?i).*(,|\\sand\\s).*");

    private BibtexCitation() {}

    static String of(ReleaseContent content, ReleaseFacts facts) {
        StringBuilder entry = new StringBuilder("@dataset{")
                .append(Citations.key(content, facts))
                .append(",\n");
        field(entry, "author", authors(facts.credit().creators()));
        // Doubled braces keep a style from changing the title's letter case.
        field(entry, "title", "{" + latex(content.header().title()) + "}");
        field(entry, "year", String.valueOf(facts.year()));
        field(entry, "date", facts.date());
        field(entry, "version", latex(facts.version()));
        field(entry, "publisher", "{" + latex(facts.credit().publisher()) + "}");
        field(entry, "url", verbatim(facts.landingUrl()));
        if (facts.doi() != null) {
            field(entry, "doi", verbatim(facts.doi()));
        }
        field(entry, "note", latex(Citations.note(facts)));
        return entry.append("}\n").toString();
    }

    private static void field(StringBuilder entry, String name, String value) {
        entry.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Persons as "Family, Given", organisations in braces so no style splits or abbreviates their names. */
    private static String authors(List<Party> creators) {
        return String.join(
                " and ",
                creators.stream()
                        .map(party -> party.person()
                                ? namePart(party.familyName())
                                        + (party.givenName().isEmpty() ? "" : ", " + namePart(party.givenName()))
                                : "{" + latex(party.name()) + "}")
                        .toList());
    }

    private static String namePart(String part) {
        return NAME_BREAKING.matcher(part).matches() ? "{" + latex(part) + "}" : latex(part);
    }

    /** Text with the characters LaTeX gives a meaning escaped; other characters (UTF-8) stay as they are. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** url and doi are verbatim fields: nothing is escaped, so the braces that would end one are percent-encoded. */
    private static String verbatim(String value) {
        return value.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }
}
