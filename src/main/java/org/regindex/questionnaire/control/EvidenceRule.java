package org.regindex.questionnaire.control;

import org.regindex.questionnaire.entity.EvidenceType;
import org.regindex.questionnaire.entity.InvalidEvidence;

/**
 * Whether a file may be attached to an answer: a usable name, within the limits per file and per questionnaire,
 * and of an accepted kind by its content. Checked before anything is stored.
 */
public final class EvidenceRule {

    static final int MAX_NAME = 255;

    private EvidenceRule() {}

    /** The file's kind, or a refusal that says what is wrong with it. */
    public static EvidenceType check(
            String fileName, byte[] content, long maxFileBytes, long questionnaireBytes, long maxQuestionnaireBytes) {
        name(fileName);
        if (content.length > maxFileBytes) {
            throw InvalidEvidence.tooLarge(
                    "The file is larger than " + megabytes(maxFileBytes) + ", the most one evidence file may be.");
        }
        if (questionnaireBytes + content.length > maxQuestionnaireBytes) {
            throw InvalidEvidence.tooLarge("The questionnaire's evidence files would take more than "
                    + megabytes(maxQuestionnaireBytes) + "; remove one before adding this.");
        }
        return EvidenceSniffer.type(content);
    }

    /** A name as it will be shown and offered for download: no folders, no control characters. */
    public static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw InvalidEvidence.of("The file needs a name (the query parameter name).");
        }
        if (fileName.length() > MAX_NAME) {
            throw InvalidEvidence.of("The file's name is longer than " + MAX_NAME + " characters.");
        }
        if (fileName.contains("/")
                || fileName.contains("\\")
                || fileName.chars().anyMatch(Character::isISOControl)) {
            throw InvalidEvidence.of("The file's name must not hold a folder (/ or \\) or control characters.");
        }
        if (fileName.strip().equals(".") || fileName.strip().equals("..")) {
            throw InvalidEvidence.of("The file's name must not be . or ..");
        }
        return fileName.strip();
    }

    private static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }
}
