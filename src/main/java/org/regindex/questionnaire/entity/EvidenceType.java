package org.regindex.questionnaire.entity;

/** The kinds of file an expert may attach to an answer as evidence, each recognised by its content. */
public enum EvidenceType {
    PDF("application/pdf"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    TEXT("text/plain; charset=UTF-8");

    public final String mediaType;

    EvidenceType(String mediaType) {
        this.mediaType = mediaType;
    }

    public static EvidenceType byMediaType(String mediaType) {
        for (EvidenceType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not an evidence type: " + mediaType);
    }
}
