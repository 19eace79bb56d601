package org.regindex.release.entity;

import java.time.Instant;
import java.time.ZoneOffset;
import org.regindex.platform.entity.PublicSite;

/**
 * What every download, citation and metadata record of a release says besides its content: how to name,
 * cite, licence and find it. {@code doi}, {@code correctsVersion} and the withdrawal are null when absent.
 */
public record ReleaseFacts(
        String version,
        String digest,
        ReleaseState state,
        Instant frozenAt,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawnReason,
        String correctsVersion,
        Licence licence,
        Credit credit,
        String doi,
        PublicSite site) {

    /** The year a citation gives: of publication, or of the freeze for a draft. */
    public int year() {
        return (publishedAt == null ? frozenAt : publishedAt)
                .atZone(ZoneOffset.UTC)
                .getYear();
    }

    /** The day of publication (or of the freeze, for a draft) as ISO yyyy-mm-dd. */
    public String date() {
        return (publishedAt == null ? frozenAt : publishedAt)
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
    }

    /** The address of the release's landing page, which citations and metadata give. */
    public String landingUrl() {
        return site.release(version);
    }

    public String downloadUrl(String format) {
        return site.download(version, format);
    }

    /** The same facts naming this DOI: what a registration describes before the DOI is stored. */
    public ReleaseFacts withDoi(String registering) {
        return new ReleaseFacts(
                version,
                digest,
                state,
                frozenAt,
                publishedAt,
                withdrawnAt,
                withdrawnReason,
                correctsVersion,
                licence,
                credit,
                registering,
                site);
    }

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }
}
