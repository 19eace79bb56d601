/**
 * Who is calling: sign-in for pages (OpenID Connect, authorization code flow against Keycloak) and
 * for the API (bearer access tokens, MicroProfile JWT), the caller's roles, and their checks.
 * <p>
 * Invariants: roles are the Keycloak realm roles {@code expert}, {@code reviewer},
 * {@code coordinator}, carried in the {@code groups} claim; services check them through
 * {@link org.regindex.identity.control.Caller} and never trust what a page shows or hides. A session gets a new id
 * at sign-in and ends after the idle timeout, the absolute timeout after sign-in, or sign-out.
 */
package org.regindex.identity;
