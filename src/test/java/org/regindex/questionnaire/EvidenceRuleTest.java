package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.regindex.questionnaire.control.EvidenceRule;
import org.regindex.questionnaire.entity.EvidenceType;
import org.regindex.questionnaire.entity.InvalidEvidence;

/** A file is attached only with a usable name and within both limits; the limits are checked before the content. */
class EvidenceRuleTest {

    static final byte[] PDF = EvidenceSnifferTest.PDF;

    @Test
    void aPdfWithinTheLimitsIsAttachedUnderItsNameStripped() {
        assertEquals(EvidenceType.PDF, EvidenceRule.check("Plan 2024.pdf", PDF, 1000, 0, 10_000));
        assertEquals("Plan 2024.pdf", EvidenceRule.name("  Plan 2024.pdf "));
        assertEquals("Llei 3/2019".replace("/", "-"), EvidenceRule.name("Llei 3-2019"));
    }

    @Test
    void overEitherLimitIsRefusedAsTooLarge() {
        InvalidEvidence perFile =
                assertThrows(InvalidEvidence.class, () -> EvidenceRule.check("a.pdf", PDF, PDF.length - 1, 0, 10_000));
        assertEquals(413, perFile.kind().status);
        assertTrue(perFile.getMessage().contains("one evidence file"), perFile.getMessage());
        InvalidEvidence perQuestionnaire = assertThrows(
                InvalidEvidence.class, () -> EvidenceRule.check("a.pdf", PDF, 10_000, 10_000 - PDF.length + 1, 10_000));
        assertEquals(413, perQuestionnaire.kind().status);
        assertTrue(perQuestionnaire.getMessage().contains("questionnaire"), perQuestionnaire.getMessage());
        assertEquals(EvidenceType.PDF, EvidenceRule.check("a.pdf", PDF, 10_000, 10_000 - PDF.length, 10_000));
    }

    @Test
    void aNameWithAFolderControlCharactersNothingOrTooMuchIsRefused() {
        for (String name :
                new String[] {null, "", "  ", "../etc/passwd", "a\\b.pdf", "a\nb.pdf", "..", "x".repeat(256)}) {
            InvalidEvidence refusal = assertThrows(InvalidEvidence.class, () -> EvidenceRule.name(name), name);
            assertEquals(400, refusal.kind().status);
        }
        assertEquals("x".repeat(255), EvidenceRule.name("x".repeat(255)));
    }
}
