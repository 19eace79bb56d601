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
                return;
            }
            Explorer.notFound();
            return;
        }
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
