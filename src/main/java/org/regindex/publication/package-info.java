/**
 * What the public sees, without signing in: published releases as pages (compare regions on any axis,
 * region profiles, indicators across regions, the release with its downloads and citation) and as a
 * read-only open-data API under {@code /api/v1/releases} (which also carries the coordinators' publish,
 * withdraw and discard actions, delegated to the release feature, because JAX-RS wants one resource per
 * path).
 * <p>
 * Invariants: drafts are never shown to anyone but coordinators; a withdrawn release is listed with its
 * reason and offers no data; published responses are immutable, so they carry strong ETags derived
 * from the release digest. A public page asked without a session or a token is the same for everyone:
 * it sets no cookie, is rendered once per address and language ({@code PublicPageCache}) and is tagged by
 * what it depends on ({@code PublicationFingerprint}), so that any change a visitor could see changes its tag.
 */
package org.regindex.publication;
