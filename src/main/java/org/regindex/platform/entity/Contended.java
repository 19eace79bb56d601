package org.regindex.platform.entity;

/**
 * Someone else was changing the same rows and the database gave up waiting, or rolled this request back to
 * break a deadlock. Nothing of it was stored; the same request sent again can succeed.
 */
public class Contended extends Refusal {
    private static final String CONDITION = "Contended"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public Contended() {
        super(
                Kind.CONFLICT,
                CONDITION,
                "Someone else was changing the same data at that moment and this request could not wait for them;"
                        + " nothing of it was saved. Send it again.");
    }
}
