package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Table;
import org.regindex.questionnaire.control.EvidenceSniffer;
import org.regindex.questionnaire.entity.EvidenceType;
import org.regindex.questionnaire.entity.InvalidEvidence;

/** An evidence file's kind comes from its bytes, whatever it is called; what is no document is refused. */
class EvidenceSnifferTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static byte[] odt() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", EvidenceType.ODT.mediaType.getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static byte[] docx() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    @Test
    void eachAcceptedKindIsKnownByItsContent() {
        assertEquals(EvidenceType.PDF, EvidenceSniffer.type(PDF));
        assertEquals(
                EvidenceType.PNG,
                EvidenceSniffer.type(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        assertEquals(
                EvidenceType.JPEG,
                EvidenceSniffer.type(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals(EvidenceType.ODT, EvidenceSniffer.type(odt()));
        Map<String, byte[]> ods = new LinkedHashMap<>();
        ods.put("mimetype", EvidenceType.ODS.mediaType.getBytes(StandardCharsets.US_ASCII));
        assertEquals(EvidenceType.ODS, EvidenceSniffer.type(zip(ods)));
        assertEquals(EvidenceType.DOCX, EvidenceSniffer.type(docx()));
        byte[] workbook = Spreadsheets.writeWorkbook(
                java.util.List.of(new Table("s", java.util.List.of("a"), java.util.List.of())));
        assertEquals(EvidenceType.XLSX, EvidenceSniffer.type(workbook), "a workbook as POI writes it");
        assertEquals(
                EvidenceType.TEXT,
                EvidenceSniffer.type("Ley 3/2019, art. 5:\n\t«ámbito»\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRenamedExecutableAnArchiveAndBinaryNoiseAreRefused() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        byte[] windows = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        Map<String, byte[]> archive = new LinkedHashMap<>();
        archive.put("run.sh", "#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] refused : new byte[][] {elf, windows, zip(archive), {0, 1, 2, 3}, "a\0b".getBytes()}) {
            InvalidEvidence refusal = assertThrows(InvalidEvidence.class, () -> EvidenceSniffer.type(refused));
            assertEquals(400, refusal.kind().status, refusal.getMessage());
        }
        assertTrue(assertThrows(InvalidEvidence.class, () -> EvidenceSniffer.type(new byte[0]))
                .getMessage()
                .contains("empty"));
        byte[] latin1 = "año".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(InvalidEvidence.class, () -> EvidenceSniffer.type(latin1), "text that is not UTF-8");
    }

    @Test
    void aZipBombDressedAsDocxIsRefusedBeforeItExpands() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", new byte[20 * 1024 * 1024]);
        byte[] bomb = zip(entries);
        assertTrue(bomb.length < 100_000, "small on the wire: " + bomb.length);
        InvalidEvidence refusal = assertThrows(InvalidEvidence.class, () -> EvidenceSniffer.type(bomb));
        assertTrue(refusal.getMessage().contains("expands"), refusal.getMessage());
    }

    @Test
    void aDocumentCutOffInTheMiddleIsRefused() {
        byte[] whole = docx();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThrows(InvalidEvidence.class, () -> EvidenceSniffer.type(cut));
    }
}
