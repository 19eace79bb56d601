package org.regindex.release.control;

import org.regindex.identity.entity.Party;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release as one RIS record of type {@code DATA}: a tag, two spaces, a hyphen and a space, then the value
 * on one line; lines end with CR LF as the RIS specification has them; UTF-8.
 */
final class RisCitation {

    private RisCitation() {}

    static String of(ReleaseContent content, ReleaseFacts facts) {
        StringBuilder record = new StringBuilder();
        line(record, "TY", "DATA");
        line(record, "ID", Citations.key(content, facts));
        for (Party creator : facts.credit().creators()) {
            // "Family, Given"; an organisation ends in a comma, which keeps readers from inverting it.
            line(record, "AU", creator.person() ? creator.invertedName() : creator.name() + ",");
        }
        line(record, "TI", content.header().title());
        line(record, "PY", String.valueOf(facts.year()));
        line(record, "DA", facts.date().replace('-', '/'));
        // ET is the edition, which RIS readers take as the version of a data set or program.
        line(record, "ET", facts.version());
        line(record, "PB", facts.credit().publisher());
        line(record, "UR", facts.landingUrl());
        if (facts.doi() != null) {
            line(record, "DO", facts.doi());
        }
        line(record, "N1", Citations.note(facts));
        return record.append("ER  - \r\n").toString();
    }

    private static void line(StringBuilder record, String tag, String value) {
        record.append(tag)
                .append("  - ")
                .append(value.replaceAll("[\\r\\n\\t]+", " ").strip())
                .append("\r\n");
    }
}
