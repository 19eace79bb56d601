package org.regindex.codebook.control;

import java.util.ArrayList;
import java.util.List;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.identity.entity.Party;
import org.regindex.platform.entity.Refusal;

/**
 * A cycle's contributors as a person types them, one per line: {@code Family, Given | affiliation | ORCID iD}
 * for a person, a name without a comma for an organisation; affiliation and ORCID iD may be left out.
 */
public final class ContributorLines {

    private ContributorLines() {}

    public static List<Party> parse(String text) {
        List<Party> parties = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                parties.add(party(lines[i], i + 1));
            }
        }
        return parties;
    }

    public static String format(List<Party> parties) {
        StringBuilder text = new StringBuilder();
        for (Party party : parties) {
            String name = party.person() ? party.invertedName() : party.name();
            text.append(name);
            if (!party.affiliation().isEmpty() || !party.orcid().isEmpty()) {
                text.append(" | ").append(party.affiliation());
            }
            if (!party.orcid().isEmpty()) {
                text.append(" | ").append(party.orcid());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Party party(String line, int number) {
        String[] parts = line.split("\\|", -1);
        if (parts.length > 3) {
            throw new InvalidCycle("Line " + number + " has more than three parts (name | affiliation | ORCID iD).");
        }
        String name = parts[0].strip();
        String affiliation = parts.length > 1 ? parts[1] : "";
        String orcid = parts.length > 2 ? parts[2] : "";
        try {
            int comma = name.indexOf(',');
            if (comma < 0) {
                return new Party(name, "", "", affiliation, orcid);
            }
            String family = name.substring(0, comma).strip();
            String given = name.substring(comma + 1).strip();
            return new Party("", given, family, affiliation, orcid);
        } catch (Refusal refused) {
            throw new InvalidCycle("Line " + number + ": " + refused.getMessage());
        }
    }
}
