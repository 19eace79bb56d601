/**
 * What every feature stands on: the datasource and Flyway migrations at startup, the JAX-RS
 * application and its RFC 9457 problem responses, readiness, and the clock.
 * <p>
 * Invariants: the schema is owned by {@code db/migration} alone (EclipseLink generates nothing);
 * every setting is a MicroProfile Config key with a default that works on a developer's machine;
 * no response ever carries a stack trace; every response carries the security headers, and no page runs a script
 * that is neither one of our files nor marked with the page's nonce.
 */
package org.regindex.platform;
