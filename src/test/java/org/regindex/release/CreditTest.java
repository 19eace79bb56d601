package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.identity.entity.InvalidParty;
import org.regindex.identity.entity.Party;
import org.regindex.release.control.CreditJson;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.Licence;

/** Licence and credit as a release is frozen with them. */
class CreditTest {

    @Test
    void theCreditFrozenInARowReadsBackTheSame() {
        assertEquals(TestFacts.CREDIT, CreditJson.read(CreditJson.write(TestFacts.CREDIT)));
    }

    @Test
    void withoutCreatorsThePublisherIsTheCreator() {
        Credit credit = new Credit("REGIN consortium", List.of(), List.of(), null, null);
        assertEquals(List.of(Party.organisation("REGIN consortium")), credit.creators());
        assertEquals("", credit.funder());
        assertThrows(InvalidRelease.class, () -> new Credit(" ", List.of(), List.of(), "", ""));
    }

    @Test
    void aPartyNeedsANameAndAnOrcidOfTheRightShape() {
        assertThrows(InvalidParty.class, () -> new Party(" ", "", "", "", ""));
        assertThrows(InvalidParty.class, () -> new Party("", "Ana", "García", "", "0000-0002-1825"));
        assertEquals("Ana García", new Party("", "Ana", "García", "", "").name());
    }

    @Test
    void aLicenceIsFoundByItsSpdxIdentifierInAnyCaseAndOnlyThen() {
        assertEquals(Licence.CC_BY_4_0, Licence.bySpdx("cc-by-4.0"));
        assertEquals(Licence.ODBL_1_0, Licence.bySpdx(" ODbL-1.0 "));
        InvalidRelease refused = assertThrows(InvalidRelease.class, () -> Licence.bySpdx("MIT"));
        assertEquals(
                "The licence is one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, not \"MIT\".",
                refused.getMessage());
    }
}
