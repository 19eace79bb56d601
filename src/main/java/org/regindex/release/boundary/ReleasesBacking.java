package org.regindex.release.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.regindex.release.entity.Release;

/** The releases page's table: every release of every cycle, newest first. */
@Named
@RequestScoped
public class ReleasesBacking {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int DIGEST_SHOWN = 12;

    @Inject
    ReleaseDesk desk;

    private List<Release> releases;

    public List<Release> getReleases() {
        if (releases == null) {
            releases = desk.list();
        }
        return releases;
    }

    /** Enough of the digest to tell releases apart in a table; the page of the release shows all of it. */
    public String shortDigest(Release release) {
        return release.digest().substring(0, DIGEST_SHOWN) + "…";
    }

    public String at(Instant instant) {
        return when(instant);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
