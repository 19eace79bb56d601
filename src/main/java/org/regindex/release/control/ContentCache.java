package org.regindex.release.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;

/**
 * Release content read once and kept: it never changes, so the cache needs no invalidation, only a
 * bound on how many releases it holds.
 */
@ApplicationScoped
public class ContentCache {

    private static final int KEPT = 6;

    @Inject
    ReleaseStore store;

    private final Map<String, ReleaseContent> byDigest = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReleaseContent> eldest) {
            return size() > KEPT;
        }
    };

    public ReleaseContent content(Release release) {
        synchronized (byDigest) {
            ReleaseContent cached = byDigest.get(release.digest());
            if (cached != null) {
                return cached;
            }
        }
        ReleaseContent read = store.read(release.id(), Releases.header(release));
        synchronized (byDigest) {
            byDigest.put(release.digest(), read);
        }
        return read;
    }
}
