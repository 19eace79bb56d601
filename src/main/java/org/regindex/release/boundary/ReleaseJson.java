package org.regindex.release.boundary;

import java.time.Instant;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseFacts;

/** A release as the API lists it, with its licence, credit, DOI (when it has one) and landing page. */
public record ReleaseJson(
        String version,
        String title,
        String state,
        String cycle,
        String cycleName,
        String codebook,
        String corrects,
        String digest,
        Instant frozenAt,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawnReason,
        String notes,
        String licence,
        String licenceUrl,
        Credit credit,
        String doi,
        String landingPage) {

    public static ReleaseJson of(Release r, ReleaseFacts facts) {
        return new ReleaseJson(
                r.version(),
                r.title(),
                r.state().name(),
                r.cycleCode(),
                r.cycleName(),
                r.codebookReference(),
                r.correctsVersion(),
                r.digest(),
                r.frozenAt(),
                r.publishedAt(),
                r.withdrawnAt(),
                r.withdrawnReason(),
                r.notes(),
                facts.licence().spdx,
                facts.licence().url,
                facts.credit(),
                facts.doi(),
                facts.landingUrl());
    }
}
