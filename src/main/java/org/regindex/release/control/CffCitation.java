package org.regindex.release.control;

import java.util.Locale;
import java.util.regex.Pattern;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release as a {@code CITATION.cff} (Citation File Format 1.2.0, a YAML file) of type {@code dataset}.
 * Every value is a double-quoted YAML scalar, so no title reads as another type (a version "1.10" as the
 * number 1.1, a date as a timestamp) under YAML 1.1 or 1.2.
 */
final class CffCitation {

    /** The format's own pattern for {@code email}: a contact that is not an address is left out. */
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S{2,}$");

    private CffCitation() {}

    static String of(ReleaseContent content, ReleaseFacts facts) {
        StringBuilder cff = new StringBuilder()
                .append("cff-version: 1.2.0\n")
                .append("message: ")
                .append(quoted("If you use this data set, please cite it using the metadata from this file."))
                .append('\n')
                .append("type: dataset\n")
                .append("title: ")
                .append(quoted(content.header().title()))
                .append('\n')
                .append("version: ")
                .append(quoted(facts.version()))
                .append('\n')
                .append("date-released: ")
                .append(quoted(facts.date()))
                .append('\n')
                .append("authors:\n");
        for (Party creator : facts.credit().creators()) {
            author(cff, creator);
        }
        cff.append("license: ").append(quoted(facts.licence().spdx)).append('\n');
        cff.append("url: ").append(quoted(facts.landingUrl())).append('\n');
        if (facts.doi() != null) {
            cff.append("doi: ").append(quoted(facts.doi())).append('\n');
        }
        cff.append("identifiers:\n")
                .append("  - type: other\n")
                .append("    value: ")
                .append(quoted("sha256:" + facts.digest()))
                .append('\n')
                .append("    description: ")
                .append(quoted("SHA-256 of the release's canonical content (the download content.json)."))
                .append('\n');
        if (EMAIL.matcher(facts.credit().contact()).matches()) {
            cff.append("contact:\n")
                    .append("  - name: ")
                    .append(quoted(facts.credit().publisher()))
                    .append('\n')
                    .append("    email: ")
                    .append(quoted(facts.credit().contact()))
                    .append('\n');
        }
        return cff.toString();
    }

    /** A person by family-names, given-names, affiliation and ORCID; an organisation as an entity by name. */
    private static void author(StringBuilder cff, Party party) {
        if (!party.person()) {
            cff.append("  - name: ").append(quoted(party.name())).append('\n');
            if (!party.orcid().isEmpty()) {
                cff.append("    orcid: ").append(quoted(party.orcidUrl())).append('\n');
            }
            return;
        }
        cff.append("  - family-names: ").append(quoted(party.familyName())).append('\n');
        if (!party.givenName().isEmpty()) {
            cff.append("    given-names: ").append(quoted(party.givenName())).append('\n');
        }
        if (!party.affiliation().isEmpty()) {
            cff.append("    affiliation: ").append(quoted(party.affiliation())).append('\n');
        }
        if (!party.orcid().isEmpty()) {
            cff.append("    orcid: ").append(quoted(party.orcidUrl())).append('\n');
        }
    }

    /**
     * A YAML double-quoted scalar: backslash and quote escaped, and every character YAML does not allow as
     * it is (controls, U+FEFF, an unpaired surrogate) written as an escape; all else stays as UTF-8.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        out.append("\\uFFFD");
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** YAML's printable characters, less U+0085 and the line and paragraph separators that readers break lines at. */
    private static boolean printable(int c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
