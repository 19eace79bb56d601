package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.Views;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.EvidenceTable;
import org.regindex.release.entity.ReleaseContent;

/** A release records each evidence file's name, kind, size and SHA-256, beside the answer that cites it. */
class EvidenceInReleasesTest {

    static final ReleaseContent CONTENT = HostileRelease.content();

    @Test
    void theCanonicalFormEndsWithTheFilesAndAnOlderReleaseHasNoSuchKey() {
        String text = CanonicalExport.text(CONTENT);
        assertTrue(
                text.endsWith(",\"evidence\":[{\"region\":\"ITF3\",\"indicator\":\"LAB-ACT-01\",\"name\":"
                        + "\"Relazione \\\"finale\\\"; v2, 2026.pdf\",\"mediaType\":\"application/pdf\",\"size\":1234,"
                        + "\"sha256\":\"" + "ab".repeat(32) + "\"}]}"),
                text.substring(text.length() - 300));
        assertFalse(CanonicalExport.text(FreezerTest.frozen()).contains("\"evidence\""));
    }

    @Test
    void theAnswerThatCitesAFileListsItAndTheOthersNone() {
        Views.RegionProfile profile =
                Views.region(CONTENT, "ef56", "ITF3", null).orElseThrow();
        for (Views.AnswerView answer : profile.answers()) {
            assertEquals(
                    answer.indicator().equals("LAB-ACT-01")
                            ? List.of(new Views.EvidenceView(
                                    HostileRelease.EVIDENCE_NAME, "application/pdf", 1234, "ab".repeat(32)))
                            : List.of(),
                    answer.evidence(),
                    answer.indicator());
        }
        Views.region(FreezerTest.frozen(), "ab12", "ITF3", null)
                .orElseThrow()
                .answers()
                .forEach(a -> assertNull(a.evidence(), "not recorded before"));
    }

    @Test
    void theTableHasOneRowPerFileAndAnswer() {
        assertEquals(
                List.of(List.of(
                        "ITF3",
                        "LAB-ACT-01",
                        1,
                        HostileRelease.EVIDENCE_NAME,
                        "application/pdf",
                        1234L,
                        "ab".repeat(32))),
                EvidenceTable.of(CONTENT).rows());
    }
}
