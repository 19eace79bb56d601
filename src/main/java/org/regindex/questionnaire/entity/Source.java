package org.regindex.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an answer's evidence is: a citation, and a web address where there is one. */
@Embeddable
public class Source {

    @Column(nullable = false)
    private String citation;

    @Column(nullable = false)
    private String url;

    protected Source() {}

    public Source(String citation, String url) {
        this.citation = citation;
        this.url = url == null ? "" : url;
    }

    public String citation() {
        return citation;
    }

    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source source && source.citation.equals(citation) && source.url.equals(url);
    }

    @Override
    public int hashCode() {
        return citation.hashCode() * 31 + url.hashCode();
    }

    @Override
    public String toString() {
        return url.isEmpty() ? citation : citation + " <" + url + ">";
    }
}
