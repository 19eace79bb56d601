package org.regindex.release.boundary;

import java.time.Instant;
import org.regindex.release.entity.Release;

/** A release as the API lists it. */
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
        String notes) {

    public static ReleaseJson of(Release r) {
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
                r.notes());
    }
}
