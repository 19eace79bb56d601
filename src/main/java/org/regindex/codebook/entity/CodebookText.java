package org.regindex.codebook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One translated text of a codebook, as its table keeps it. */
@Embeddable
public class CodebookText {

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TextPart part;

    @Column(name = "owner_code", nullable = false, length = 40)
    private String ownerCode;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private String text;

    protected CodebookText() {}

    CodebookText(String language, TextKey key, String text) {
        this.language = language;
        this.part = key.part();
        this.ownerCode = key.owner();
        this.code = key.code();
        this.text = text;
    }

    String language() {
        return language;
    }

    TextKey key() {
        return new TextKey(part, ownerCode, code);
    }

    String text() {
        return text;
    }
}
