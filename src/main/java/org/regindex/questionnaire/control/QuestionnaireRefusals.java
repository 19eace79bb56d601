package org.regindex.questionnaire.control;

import java.util.Locale;
import org.regindex.platform.entity.Refusal;

/** Why an answer could not be written, apart from invalid content and stale versions. */
public class QuestionnaireRefusals extends Refusal {
    private static final long serialVersionUID = 1L;

    private QuestionnaireRefusals(String condition, Kind kind, String message) {
        super(kind, condition, message);
    }

    public static QuestionnaireRefusals evidenceAttached(String indicatorCode) {
        return new QuestionnaireRefusals(
                "EvidenceAttached",
                Kind.CONFLICT,
                "The answer to " + indicatorCode + " has this file already (the same content, under whatever name).");
    }

    public static QuestionnaireRefusals unknownEvidence(String indicatorCode, String sha256) {
        return new QuestionnaireRefusals(
                "UnknownEvidence",
                Kind.NOT_FOUND,
                "The answer to " + indicatorCode + " has no evidence file with SHA-256 " + sha256 + ".");
    }

    public static QuestionnaireRefusals readOnly() {
        return new QuestionnaireRefusals(
                "ReadOnly",
                Kind.FORBIDDEN,
                "Reviewers and coordinators can read this questionnaire, not change its answers; only the region's expert can.");
    }

    public static QuestionnaireRefusals reviewersOnly() {
        return new QuestionnaireRefusals(
                "ReviewersOnly",
                Kind.FORBIDDEN,
                "What changed since the last review is for the region's reviewers and coordinators.");
    }

    public static QuestionnaireRefusals cycleClosed(String cycleCode) {
        return new QuestionnaireRefusals(
                "CycleClosed", Kind.CONFLICT, "Cycle " + cycleCode + " is closed; its answers can no longer change.");
    }

    public static QuestionnaireRefusals locked(String state) {
        return new QuestionnaireRefusals(
                "QuestionnaireLocked",
                Kind.CONFLICT,
                "The questionnaire is " + state.toLowerCase(Locale.ROOT)
                        + "; answers can change again only if it comes back to you.");
    }

    public static QuestionnaireRefusals unknownIndicator(String code, String codebook) {
        return new QuestionnaireRefusals(
                "UnknownIndicator", Kind.NOT_FOUND, "There is no indicator " + code + " in codebook " + codebook + ".");
    }

    public static QuestionnaireRefusals regionNotInCycle(String regionCode, String cycleCode) {
        return new QuestionnaireRefusals(
                "RegionNotInCycle", Kind.NOT_FOUND, "The region " + regionCode + " is not in cycle " + cycleCode + ".");
    }

    public static QuestionnaireRefusals noSuchVersion(String indicatorCode) {
        return new QuestionnaireRefusals(
                "StaleAnswer",
                Kind.CONFLICT,
                "The answer to " + indicatorCode
                        + " was never saved, so there is no version to revise: send version 0.");
    }
}
