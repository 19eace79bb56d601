package org.regindex.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.release.entity.ReleaseChanged;

/**
 * Public pages rendered for visitors who have not signed in, by address and language, within a memory budget
 * (the key {@code public.pages.memory.bytes}); the least recently asked go first. A page rendered under another
 * publication than the current one is never sent; every page goes when this instance changes a release.
 */
@ApplicationScoped
public class PageStore {

    private long budget;

    public PageStore() {}

    PageStore(long budget) {
        this.budget = budget;
    }

    @Inject
    void budget(@ConfigProperty(name = "public.pages.memory.bytes") long bytes) {
        this.budget = bytes;
    }

    private final Map<String, RenderedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long used;

    public synchronized Optional<RenderedPage> get(String key, String publication) {
        RenderedPage page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (!page.publication().equals(publication)) {
            remove(key);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** Keeps a page unless it alone would take more than an eighth of the budget. */
    public synchronized void put(String key, RenderedPage page) {
        if (page.size() > budget / 8) {
            return;
        }
        remove(key);
        pages.put(key, page);
        used += page.size();
        Iterator<RenderedPage> eldest = pages.values().iterator();
        while (used > budget && eldest.hasNext()) {
            used -= eldest.next().size();
            eldest.remove();
        }
    }

    public synchronized long bytes() {
        return used;
    }

    public synchronized int size() {
        return pages.size();
    }

    private void remove(String key) {
        RenderedPage gone = pages.remove(key);
        if (gone != null) {
            used -= gone.size();
        }
    }

    synchronized void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseChanged change) {
        pages.clear();
        used = 0;
    }
}
