package org.regindex.release.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * How a release is cited, in every format a download offers: plain text (APA), biblatex, RIS, CSL-JSON and
 * {@code CITATION.cff}. Each names the creators as authors, the publisher, the year, the version, the
 * landing page, the DOI when there is one, and (where the format has room) the licence and the digest.
 */
public final class Citations {

    /** APA lists up to twenty authors; past that the first nineteen, an ellipsis and the last. */
    private static final int APA_AUTHORS = 20;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern HYPHEN = Pattern.compile("-");

    private Citations() {}

    /**
     * "Creators (Year). Title (Version v) [Data set]. Publisher. URL. SHA-256: digest.", where the URL is the
     * DOI's once the release has one, the landing page's before (APA gives the DOI instead of a URL). The
     * publisher is left out when it is the one author (APA), so the text of a release credited to the
     * consortium alone is what it always was, and so are the published downloads that embed it.
     */
    public static String text(ReleaseContent content, ReleaseFacts facts) {
        return text(content.header().title(), facts);
    }

    /** The same citation from the release's title alone: a withdrawn release's tombstone has no content to read. */
    public static String text(String title, ReleaseFacts facts) {
        Credit credit = facts.credit();
        StringBuilder text = new StringBuilder()
                .append(apaAuthors(credit.creators()))
                .append(" (")
                .append(facts.year())
                .append("). ")
                .append(title)
                .append(" (Version ")
                .append(facts.version())
                .append(") [Data set]. ");
        if (!publisherIsTheAuthor(credit)) {
            text.append(credit.publisher()).append(". ");
        }
        text.append(facts.doi() == null ? facts.landingUrl() : facts.doiUrl()).append(". ");
        return text.append("SHA-256: ").append(facts.digest()).append(".\n").toString();
    }

    /** A biblatex {@code @dataset} entry. */
    public static String bibtex(ReleaseContent content, ReleaseFacts facts) {
        return BibtexCitation.of(content, facts);
    }

    /** A RIS record of type {@code DATA}. */
    public static String ris(ReleaseContent content, ReleaseFacts facts) {
        return RisCitation.of(content, facts);
    }

    /** CSL-JSON: an array with the one item of type {@code dataset}. */
    public static String cslJson(ReleaseContent content, ReleaseFacts facts) {
        return CslJsonCitation.of(content, facts);
    }

    /** A {@code CITATION.cff} of the Citation File Format 1.2.0. */
    public static String cff(ReleaseContent content, ReleaseFacts facts) {
        return CffCitation.of(content, facts);
    }

    /** The citation key (and CSL or RIS id): letters, digits and underscores only. */
    static String key(ReleaseContent content, ReleaseFacts facts) {
        return ("regindex_" + content.header().cycleCode() + "_" + facts.version()).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** What formats without fields for them say in a note: the licence and the digest. */
    static String note(ReleaseFacts facts) {
        return "Licence: " + facts.licence().spdx + " (" + facts.licence().url + "). SHA-256: " + facts.digest() + ".";
    }

    /** The year, month and day the citation dates the release by (see {@link ReleaseFacts#date()}). */
    static LocalDate date(ReleaseFacts facts) {
        return LocalDate.parse(facts.date());
    }

    private static boolean publisherIsTheAuthor(Credit credit) {
        return credit.creators().size() == 1
                && !credit.creators().get(0).person()
                && credit.creators().get(0).name().equals(credit.publisher());
    }

    static String apaAuthors(List<Party> creators) {
        List<String> names = new ArrayList<>();
        creators.forEach(party -> names.add(apaName(party)));
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > APA_AUTHORS) {
            return String.join(", ", names.subList(0, APA_AUTHORS - 1)) + ", . . . " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
    }

    /** "Family, G. G." for a person (initials of each given name, hyphenated ones kept), the name of an organisation. */
    private static String apaName(Party party) {
        if (!party.person()) {
            return party.name();
        }
        List<String> initials = SPACES.splitAsStream(party.givenName())
                .filter(given -> !given.isEmpty())
                .map(given -> HYPHEN.splitAsStream(given)
                        .filter(part -> !part.isEmpty())
                        .map(part -> new String(Character.toChars(part.codePointAt(0))) + ".")
                        .collect(Collectors.joining("-")))
                .toList();
        return initials.isEmpty() ? party.familyName() : party.familyName() + ", " + String.join(" ", initials);
    }
}
