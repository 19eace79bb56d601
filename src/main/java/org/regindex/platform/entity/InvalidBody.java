package org.regindex.platform.entity;

/**
 * A request body that cannot be what the request takes: not UTF-8, not JSON, the wrong shape, a
 * missing or malformed field, or larger than the API accepts. Nothing of it was stored.
 */
public class InvalidBody extends Refusal {
    private static final String CONDITION = "InvalidBody"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public InvalidBody(String message) {
        super(Kind.INVALID, CONDITION, message);
    }

    private InvalidBody(Kind kind, String message) {
        super(kind, CONDITION, message);
    }

    public static InvalidBody tooLarge(long maxBytes) {
        return new InvalidBody(
                Kind.TOO_LARGE,
                "The body is larger than the " + maxBytes + " bytes this API accepts; nothing was stored.");
    }
}
