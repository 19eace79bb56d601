package org.regindex.questionnaire.entity;

import org.regindex.platform.entity.Refusal;

/** A file refused as evidence: not of an accepted kind by its content, damaged, too large or empty. */
public class InvalidEvidence extends Refusal {
    private static final long serialVersionUID = 1L;

    private InvalidEvidence(Kind kind, String condition, String message) {
        super(kind, condition, message);
    }

    /** Not a file this server keeps as evidence; the message says why. */
    public static InvalidEvidence of(String message) {
        return new InvalidEvidence(Kind.INVALID, "InvalidEvidence", message);
    }

    /** Over the limit per file or per questionnaire. */
    public static InvalidEvidence tooLarge(String message) {
        return new InvalidEvidence(Kind.TOO_LARGE, "EvidenceTooLarge", message);
    }
}
