package org.regindex.questionnaire.entity;

/** Something an answer still needs before its questionnaire can be submitted; pages name it from the bundle. */
public enum Lack {
    NO_OPTION("no option chosen"),
    NO_REASON("no reason for \"not applicable\""),
    NO_JUSTIFICATION("no justification"),
    NO_SOURCE("no source"),
    NO_CONFIDENCE("no confidence");

    private final String phrase;

    Lack(String phrase) {
        this.phrase = phrase;
    }

    /** The short English phrase the API and the workflow's refusals use. */
    public String phrase() {
        return phrase;
    }
}
