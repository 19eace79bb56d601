package org.regindex.platform.entity;

/**
 * An action the application refuses, named for the condition by its subclass. The kind says how a
 * boundary reports it (HTTP status for the API, a message for a page); the message is a plain
 * sentence for the person who tried.
 */
public abstract class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID(400, "Invalid request"),
        NOT_SIGNED_IN(401, "Sign-in required"),
        FORBIDDEN(403, "Not allowed"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        GONE(410, "Gone"),
        TOO_LARGE(413, "Content too large"),
        UNAVAILABLE(503, "Service unavailable");

        public final int status;
        public final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Kind kind;
    private final String condition;

    /** {@code condition} is part of the API (the problem type): it stays when the class is renamed. */
    protected Refusal(Kind kind, String condition, String message) {
        super(message);
        this.kind = kind;
        this.condition = condition;
    }

    public Kind kind() {
        return kind;
    }

    /** A short stable name for the condition, used as the problem type. */
    public String condition() {
        return condition;
    }
}
