package org.regindex.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseChanged;
import org.regindex.release.entity.ReleaseState;

/**
 * Headers of published and withdrawn releases as the open-data API looks them up, by the name asked
 * (a version or {@code latest}), kept for a few seconds: without them every request of the API read the
 * same row in its own transaction, and under load the requests queued on the persistence provider's
 * lock of that row. A publish, withdrawal or discard in this instance drops them once committed; one on another
 * instance once the {@link PublicationFingerprint} changes (within a second). Drafts are never kept: who may see them
 * is decided per request.
 */
@ApplicationScoped
public class ReleaseHeaders {

    static final long KEPT_SECONDS = 60;

    private record Kept(Release release, long until) {}

    private final Map<String, Kept> byName = new ConcurrentHashMap<>();

    @Inject
    PublicationFingerprint publication;

    private volatile String seen;

    public Release get(String name, Supplier<Release> lookup) {
        String current = publication.current();
        if (!current.equals(seen)) {
            byName.clear();
            seen = current;
        }
        Kept kept = byName.get(name);
        if (fresh(kept)) {
            return kept.release();
        }
        // One lookup per name when a header expires, not one per waiting request.
        Release[] looked = new Release[1];
        kept = byName.compute(name, (key, old) -> {
            if (fresh(old)) {
                return old;
            }
            looked[0] = lookup.get();
            return looked[0].state() == ReleaseState.DRAFT
                    ? null
                    : new Kept(looked[0], System.nanoTime() + TimeUnit.SECONDS.toNanos(KEPT_SECONDS));
        });
        return kept != null ? kept.release() : looked[0];
    }

    private static boolean fresh(Kept kept) {
        return kept != null && System.nanoTime() - kept.until() < 0;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseChanged change) {
        byName.clear();
    }
}
