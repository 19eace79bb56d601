package org.regindex.platform.entity;

/** Who did something, and in which of their roles: what an audit event names. */
public record Actor(String username, String role) {

    /** The application itself, e.g. when it loads the demo data. */
    public static final Actor SYSTEM = new Actor("regindex", "system");
}
