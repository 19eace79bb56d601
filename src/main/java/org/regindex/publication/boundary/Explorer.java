package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.regindex.platform.entity.PublicSite;
import org.regindex.platform.entity.Refusal;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;

/**
 * What the public pages may show: published releases with their content, withdrawn ones with their
 * reason only, drafts never, whoever is signed in (a coordinator reads drafts on the coordinator pages).
 */
@RequestScoped
public class Explorer {

    @Inject
    ReleaseDesk desk;

    @Inject
    Language language;

    @Inject
    PublicSite site;

    private List<Release> listed;
    private ScoreFormat format;

    /** The absolute address of a path of the site, for code that other sites copy (embeds). */
    public String url(String path) {
        return site.url(path);
    }

    /** Published and withdrawn releases, newest first. */
    public List<Release> releases() {
        if (listed == null) {
            listed = desk.list().stream()
                    .filter(r -> r.state() != ReleaseState.DRAFT)
                    .toList();
        }
        return listed;
    }

    /** The releases whose data is offered, newest first. */
    public List<Release> published() {
        return releases().stream()
                .filter(r -> r.state() == ReleaseState.PUBLISHED)
                .toList();
    }

    public Optional<Release> latest() {
        return published().stream().findFirst();
    }

    /**
     * The release an address names, or the newest published one when it names none or {@code latest} (as
     * the API does); empty for a draft or unknown version.
     */
    public Optional<Release> release(String version) {
        if (version == null || "latest".equals(version)) {
            return latest();
        }
        return releases().stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** Null for a withdrawn release: its data is no longer offered. Cached for the application (ContentCache). */
    public ReleaseContent content(Release release) {
        if (release.state() != ReleaseState.PUBLISHED) {
            return null;
        }
        try {
            return desk.content(release);
        } catch (Refusal refused) {
            return null;
        }
    }

    /** The newest published release before this one, or the one it corrects when that is still published. */
    public Optional<Release> previous(Release release) {
        List<Release> published = published();
        Optional<Release> corrected = published.stream()
                .filter(r -> r.version().equals(release.correctsVersion()))
                .findFirst();
        if (corrected.isPresent()) {
            return corrected;
        }
        return published.stream()
                .filter(r -> r.number().compareTo(release.number()) < 0)
                .findFirst();
    }

    /** Formats for the page's language, one per request. */
    public ScoreFormat format() {
        if (format == null) {
            format = new ScoreFormat(language.getLocale(), language.text("score.none"));
        }
        return format;
    }

    public String date(java.time.Instant instant) {
        return format().date(instant);
    }

    /**
     * Answers 404 with the not-found page and skips rendering this one: a draft gets the same answer as
     * a version that does not exist.
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A request parameter, blank as null. */
    public static String parameter(String name) {
        return org.regindex.platform.boundary.Address.parameter(name);
    }
}
