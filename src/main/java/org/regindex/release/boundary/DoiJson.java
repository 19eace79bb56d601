package org.regindex.release.boundary;

import org.regindex.release.entity.Release;

/**
 * A release's DOI as coordinators see it: the DOI (null while none), its state (NONE, RECORDED,
 * REGISTERED, FAILED), DataCite's sentence when a registration failed, and the DOI's resolver address.
 */
public record DoiJson(String version, String doi, String state, String message, String doiUrl) {

    public static DoiJson of(Release release) {
        return new DoiJson(
                release.version(),
                release.doi(),
                release.doiState().name(),
                release.doiMessage(),
                release.doi() == null ? null : "https://doi.org/" + release.doi());
    }
}
