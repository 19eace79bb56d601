package org.regindex.questionnaire.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.regindex.questionnaire.entity.EvidenceType;
import org.regindex.questionnaire.entity.InvalidEvidence;

/**
 * What a file is, from its bytes alone (its name may lie): PDF, PNG and JPEG by their signatures; ODT and ODS by
 * the {@code mimetype} entry their ZIP starts with; DOCX and XLSX by their main part; plain text when it is UTF-8
 * without control characters other than tab and line ends. A ZIP is read through, entry by entry, counting what
 * it expands to, so that a small file that would expand without end (a ZIP bomb) is refused before it is.
 */
public final class EvidenceSniffer {

    /** A ZIP inside an evidence file expands to at most this many times its size, and this many entries. */
    static final int MAX_RATIO = 100;

    static final int MAX_ENTRIES = 10_000;

    private EvidenceSniffer() {}

    public static EvidenceType type(byte[] content) {
        if (content.length == 0) {
            throw InvalidEvidence.of("The file is empty.");
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return EvidenceType.PDF;
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return EvidenceType.PNG;
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return EvidenceType.JPEG;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipped(content);
        }
        if (isText(content)) {
            return EvidenceType.TEXT;
        }
        throw InvalidEvidence.of("The file is none of the kinds accepted as evidence (PDF, ODT, DOCX, ODS, XLSX,"
                + " PNG, JPEG or UTF-8 text), whatever its name says.");
    }

    private static EvidenceType zipped(byte[] content) {
        long limit = (long) content.length * MAX_RATIO;
        long expanded = 0;
        int entries = 0;
        String mimetype = null;
        Set<String> names = new HashSet<>();
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                names.add(entry.getName());
                StringBuilder first = entry.getName().equals("mimetype") ? new StringBuilder() : null;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    expanded += read;
                    if (expanded > limit) {
                        throw bomb();
                    }
                    if (first != null && first.length() < 200) {
                        first.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
                    }
                }
                if (first != null) {
                    mimetype = first.toString().strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidEvidence.of("The file looks like a ZIP but cannot be read as one: " + e.getMessage());
        }
        if (EvidenceType.ODT.mediaType.equals(mimetype)) {
            return EvidenceType.ODT;
        }
        if (EvidenceType.ODS.mediaType.equals(mimetype)) {
            return EvidenceType.ODS;
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return EvidenceType.DOCX;
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return EvidenceType.XLSX;
        }
        throw InvalidEvidence.of("The file is a ZIP archive but not an ODT, ODS, DOCX or XLSX document;"
                + " archives are not accepted as evidence.");
    }

    private static InvalidEvidence bomb() {
        return InvalidEvidence.of("The file expands to more than " + MAX_RATIO + " times its size or holds more"
                + " than " + MAX_ENTRIES + " parts; no document does, so it was not stored.");
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
