package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.publication.control.ReleaseHeaders;
import org.regindex.publication.control.ResponseCache;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.UnknownRelease;

/**
 * Answers of the open-data API with the caching a published release allows: strong ETags from the
 * digest, 304 for a matching If-None-Match, a year's max-age for a version, five minutes for
 * {@code latest}, and nothing shared for drafts (which only coordinators see). Shared caches (a proxy, a CDN) ask
 * again after {@code public.cache.shared.seconds}, so that a withdrawn release leaves them soon.
 */
@RequestScoped
public class Published {

    static final int YEAR = 365 * 24 * 3600;
    static final int LATEST = 300;

    @Inject
    ReleaseDesk desk;

    @Inject
    @ConfigProperty(name = "public.cache.shared.seconds")
    int sharedSeconds;

    @Inject
    ResponseCache cache;

    @Inject
    ReleaseHeaders headers;

    public Release release(String version) {
        if (!"latest".equals(version)) {
            return headers.get(version, () -> desk.find(version));
        }
        return headers.get(
                version,
                () -> desk.list().stream()
                        .filter(r -> r.state() == ReleaseState.PUBLISHED)
                        .findFirst()
                        .orElseThrow(() -> new UnknownRelease("No release is published yet.")));
    }

    public Response listing(Request request, byte[] body) {
        return answer(
                request,
                new EntityTag(CanonicalExport.sha256(body)),
                shortLived(60),
                () -> body,
                MediaType.APPLICATION_JSON);
    }

    /** A release's own description changes when it is withdrawn or gets a DOI: its tag is the hash of what is sent. */
    public Response metadata(Request request, Release release, String asked, byte[] body) {
        CacheControl caching = release.state() == ReleaseState.DRAFT
                ? privateOnly()
                : shortLived("latest".equals(asked) ? LATEST : 3600);
        return answer(
                request, new EntityTag(CanonicalExport.sha256(body)), caching, () -> body, MediaType.APPLICATION_JSON);
    }

    /** Data of a release: never changes while the release is published, gone once it is withdrawn. */
    public Response data(Request request, Release release, String asked, String path, Supplier<Object> view) {
        refuseWithdrawn(release);
        return answer(
                request,
                new EntityTag(release.digest()),
                caching(release, asked),
                () -> cache.json(release.digest(), path, view),
                MediaType.APPLICATION_JSON);
    }

    /** Data of a release computed as text (the sensitivity CSV): kept in memory, tagged by release and view. */
    public Response text(
            Request request, Release release, String asked, String path, String type, Supplier<byte[]> view) {
        refuseWithdrawn(release);
        byte[] bytes = cache.file(release.digest(), path, view);
        return answer(
                request, new EntityTag(CanonicalExport.sha256(bytes)), caching(release, asked), () -> bytes, type);
    }

    /**
     * A file's strong tag is the SHA-256 of its bytes, which never change while the release is published,
     * except that files citing it name its DOI once one is recorded: those are kept an hour until it is registered.
     */
    public Response file(Request request, Release release, String asked, ReleaseExports.Format format) {
        refuseWithdrawn(release);
        byte[] bytes = bytes(release, format);
        CacheControl caching = format.citesRelease()
                        && release.state() == ReleaseState.PUBLISHED
                        && release.doiState() != DoiState.REGISTERED
                ? shortLived("latest".equals(asked) ? LATEST : 3600)
                : caching(release, asked);
        Response response =
                answer(request, new EntityTag(CanonicalExport.sha256(bytes)), caching, () -> bytes, format.mediaType);
        return Response.fromResponse(response)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ReleaseExports.fileName(desk.content(release), format) + "\"")
                .header("X-Release-Version", release.version())
                .header("X-Release-Digest", release.digest())
                .build();
    }

    /** A file of a release as its download sends it, kept with the downloads (a withdrawn release has none: 410). */
    public byte[] bytes(Release release, ReleaseExports.Format format) {
        return release.state() == ReleaseState.DRAFT
                ? desk.download(release, format)
                : cache.file(
                        release.digest() + " " + release.state() + " " + release.doi(),
                        format.name,
                        () -> desk.download(release, format));
    }

    /** The content of every published release, for what spans releases (a region's series). */
    public List<ReleaseContent> publishedContents() {
        return desk.list().stream()
                .filter(release -> release.state() == ReleaseState.PUBLISHED)
                .map(desk::content)
                .toList();
    }

    /** The content of the newest published release before this one that has the region, for "change since". */
    public ReleaseContent previousContent(Release release, String region) {
        for (Release earlier : desk.list()) {
            if (earlier.state() == ReleaseState.PUBLISHED && earlier.number().compareTo(release.number()) < 0) {
                ReleaseContent content = desk.content(earlier);
                if (content.regions().stream().anyMatch(r -> r.code().equals(region))) {
                    return content;
                }
            }
        }
        return null;
    }

    private void refuseWithdrawn(Release release) {
        if (release.state() == ReleaseState.WITHDRAWN) {
            desk.content(release);
        }
    }

    private CacheControl caching(Release release, String asked) {
        if (release.state() == ReleaseState.DRAFT) {
            return privateOnly();
        }
        if ("latest".equals(asked)) {
            return shortLived(LATEST);
        }
        CacheControl forever = shortLived(YEAR);
        forever.getCacheExtension().put("immutable", null);
        return forever;
    }

    private static Response answer(
            Request request, EntityTag tag, CacheControl caching, Supplier<byte[]> body, String type) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(caching).tag(tag).build();
        }
        return Response.ok(body.get(), type).tag(tag).cacheControl(caching).build();
    }

    /** Browsers keep it that long; shared caches ask again after {@code public.cache.shared.seconds} (a withdrawal). */
    private CacheControl shortLived(int seconds) {
        CacheControl control = new CacheControl();
        control.setMaxAge(seconds);
        control.setSMaxAge(Math.min(seconds, sharedSeconds));
        control.setNoTransform(false);
        return control;
    }

    private static CacheControl privateOnly() {
        CacheControl control = new CacheControl();
        control.setPrivate(true);
        control.setNoStore(true);
        control.setNoTransform(false);
        return control;
    }
}
