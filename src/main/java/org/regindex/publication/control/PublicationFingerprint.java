package org.regindex.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.regindex.codebook.control.Boundaries;
import org.regindex.codebook.entity.BoundariesChanged;
import org.regindex.platform.control.Build;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.Releases;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseChanged;

/**
 * What every public page depends on besides its address and language: the build of the application, the regions'
 * boundaries (the maps), and which releases are published or withdrawn, with their digests, DOIs and reasons (a page
 * lists the releases, links the newer one, cites the DOI). Pages kept in memory and the tags of pages kept by proxies and browsers are made from
 * it. Read from the database at most once per {@link #FRESH_MILLIS}, so that a release published or withdrawn on
 * another instance is honoured here within that time; dropped at once when this instance changes a release or the
 * boundaries.
 */
@ApplicationScoped
public class PublicationFingerprint {

    /** A quarter of a second: another instance's publication or withdrawal is honoured here well within a second. */
    static final long FRESH_MILLIS = 250;

    private record Read(String value, long at) {}

    @Inject
    Releases releases;

    @Inject
    Boundaries boundaries;

    private volatile Read last;

    public String current() {
        Read read = last;
        if (read != null && System.nanoTime() - read.at() < TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS)) {
            return read.value();
        }
        synchronized (this) {
            read = last;
            if (read == null || System.nanoTime() - read.at() >= TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS)) {
                read = new Read(of(Build.id() + " " + boundaries.stamp(), releases.published()), System.nanoTime());
                last = read;
            }
            return read.value();
        }
    }

    /** A hash of what the pages are drawn with and of what the public sees of each release (published and withdrawn). */
    static String of(String drawnWith, List<Release> shown) {
        StringBuilder seen = new StringBuilder(drawnWith);
        for (Release release : shown) {
            seen.append('\n')
                    .append(release.version())
                    .append(' ')
                    .append(release.state())
                    .append(' ')
                    .append(release.digest())
                    .append(' ')
                    .append(release.doiState())
                    .append(' ')
                    .append(release.doi())
                    .append(' ')
                    .append(release.withdrawnReason());
        }
        return CanonicalExport.sha256(seen.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseChanged change) {
        last = null;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoundariesChanged change) {
        last = null;
    }
}
