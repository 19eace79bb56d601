package org.regindex.publication.boundary;

import jakarta.inject.Inject;
import org.regindex.platform.entity.Languages;
import org.regindex.release.entity.LocalizedContent;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;

/**
 * What every public page of a release shares: the release its address names (the newest published one
 * when none), 404 for drafts and unknown versions, and no data for a withdrawn release, only its reason.
 * Pages are request-scoped: every selector is a GET form, so every state is an address.
 */
public abstract class ReleasePage {

    @Inject
    protected Explorer explorer;

    @Inject
    protected Language language;

    protected Release release;

    /** The content in the page's language (see {@link LocalizedContent}). */
    protected ReleaseContent content;

    private LocalizedContent localized;
    private boolean nothingPublished;

    /** The name of the address parameter naming the version. */
    protected String versionParameter() {
        return "release";
    }

    /** The view action. */
    public void load() {
        String asked = Explorer.parameter(versionParameter());
        release = explorer.release(asked).orElse(null);
        if (release == null) {
            if (asked == null) {
                nothingPublished = true;
                PageLifetime.declare(PageLifetime.LATEST);
                return;
            }
            Explorer.notFound();
            return;
        }
        PageLifetime.declare(asked == null || "latest".equals(asked) ? PageLifetime.LATEST : PageLifetime.RELEASE);
        ReleaseContent frozen = explorer.content(release);
        if (frozen != null) {
            localized = LocalizedContent.of(frozen, language.getLocale().getLanguage());
            content = localized.content();
            prepare();
        }
    }

    /** Reads the page's own parameters against the content; may answer {@link Explorer#notFound()}. */
    protected abstract void prepare();

    public Release getRelease() {
        return release;
    }

    public String getVersion() {
        return release == null ? null : release.version();
    }

    /**
     * The chrome-free address of one of this page's charts ({@code embed/compare.xhtml?...}), for an {@code <iframe>}:
     * absolute, with the release's version, so an embed keeps showing the release it was made from.
     */
    public String embedUrl(String page, String query) {
        return explorer.url("embed/" + page + "?release=" + getVersion() + (query.isEmpty() ? "" : "&" + query));
    }

    /** Where the explorer's pages are relative to this page: "" from {@code explore/}, "../explore/" from {@code embed/}. */
    protected String explorerFolder() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        boolean embedded = faces != null
                && faces.getViewRoot() != null
                && faces.getViewRoot().getViewId().startsWith("/embed/");
        return embedded ? "../explore/" : "";
    }

    /** The absolute address of one of the site's pages, such as the full page behind an embed. */
    public String siteUrl(String path) {
        return explorer.url(path);
    }

    /** The {@code <iframe>} to copy for an embed address. */
    public String iframe(String url, String title) {
        return "<iframe src=\"" + url.replace("&", "&amp;") + "\" title=\"" + title.replace("\"", "&quot;")
                + "\" width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }

    /** True when the page has data to show: a published release. */
    public boolean isOffered() {
        return content != null;
    }

    public boolean isWithdrawn() {
        return release != null && release.state() == ReleaseState.WITHDRAWN;
    }

    public boolean isNothingPublished() {
        return nothingPublished;
    }

    public String getWithdrawnOn() {
        return release == null ? "" : explorer.date(release.withdrawnAt());
    }

    /** The release's texts in the page's language, and which of them have no translation. */
    public LocalizedContent getLocalized() {
        return localized;
    }

    /** "Spanish" for a page in Spanish ("español"), in the page's language. */
    public String getPageLanguageName() {
        return Languages.name(language.getLocale().getLanguage(), language.getLocale());
    }

    /** The codebook's source language, named in the page's language. */
    public String getSourceLanguageName() {
        return localized == null ? "" : Languages.name(localized.source(), language.getLocale());
    }

    public String getPublishedOn() {
        return release == null ? "" : explorer.date(release.publishedAt());
    }
}
