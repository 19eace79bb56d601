package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.ContributorLines;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.identity.entity.Party;

class ContributorLinesTest {

    @Test
    void aLineWithACommaIsAPersonOneWithoutIsAnOrganisation() {
        List<Party> parties = ContributorLines.parse("""
                García López, Ana | Universidad de Ejemplo | 0000-0002-1825-0097

                  Migration Policy Group
                Rossi, Marco | Università di Prova
                """);
        assertEquals(3, parties.size(), "blank lines are skipped");
        Party ana = parties.get(0);
        assertTrue(ana.person());
        assertEquals("Ana García López", ana.name());
        assertEquals("García López, Ana", ana.invertedName());
        assertEquals("Universidad de Ejemplo", ana.affiliation());
        assertEquals("https://orcid.org/0000-0002-1825-0097", ana.orcidUrl());
        assertFalse(parties.get(1).person());
        assertEquals("Migration Policy Group", parties.get(1).name());
        assertEquals("", parties.get(2).orcid());
    }

    @Test
    void formattingAndParsingGiveTheSameParties() {
        List<Party> parties = ContributorLines.parse(
                "García López, Ana | Universidad de Ejemplo | 0000-0002-1825-0097\nMigration Policy Group\n"
                        + "Rossi, Marco | Università di Prova\nNobody, Else |  | 0000-0001-2345-678X\n");
        assertEquals(parties, ContributorLines.parse(ContributorLines.format(parties)));
    }

    @Test
    void aRefusedLineIsNamedByItsNumber() {
        InvalidCycle orcid = assertThrows(
                InvalidCycle.class, () -> ContributorLines.parse("Migration Policy Group\nRossi, Marco | X | 1234"));
        assertTrue(orcid.getMessage().startsWith("Line 2: An ORCID iD reads like"), orcid.getMessage());
        InvalidCycle parts = assertThrows(InvalidCycle.class, () -> ContributorLines.parse("a | b | c | d"));
        assertTrue(parts.getMessage().startsWith("Line 1 has more than three parts"), parts.getMessage());
    }
}
