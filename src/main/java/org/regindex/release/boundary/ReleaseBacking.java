package org.regindex.release.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Party;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseState;

/**
 * One release as its page shows it, and what its state allows: publish or discard a draft, withdraw a
 * published one, record its DOI or have DataCite register it.
 */
@Named
@ViewScoped
public class ReleaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseDesk desk;

    @Inject
    DoiDesk doiDesk;

    private String version;
    private boolean missing;
    private String reason;
    private String doi;

    /** Reloaded after each action and when the view is restored elsewhere; entities are not kept in serialized state. */
    private transient Release release;

    /**
     * Reads the address once, when the view starts. An f:viewParam would be decoded and validated again
     * on every AJAX request, which carries no query string, and then lose its value.
     */
    @PostConstruct
    void readAddress() {
        version = Address.parameter("version");
    }

    /** The view action: the release named in the address. */
    public void load() {
        missing = true;
        if (version == null) {
            PageMessages.error(PageTexts.text("releaseAdmin.error.noAddress"));
            return;
        }
        try {
            release = desk.find(version);
            missing = false;
        } catch (Refusal refused) {
            PageMessages.pageRefused(refused);
        }
    }

    /** Null when the address names no release that exists. */
    public Release getRelease() {
        if (release == null && !missing && version != null) {
            release = desk.find(version);
        }
        return release;
    }

    public boolean inState(String state) {
        return getRelease() != null && getRelease().state() == ReleaseState.valueOf(state);
    }

    /** A withdrawn release keeps its listing and reason, but its data is no longer offered. */
    public boolean isOffered() {
        return getRelease() != null && getRelease().state() != ReleaseState.WITHDRAWN;
    }

    /** Publishing commits first; the DOI registration that follows (when DataCite is configured) cannot undo it. */
    public void publish() {
        apply(() -> {
            Release published = doiDesk.publish(version);
            return registration(published);
        });
    }

    public void recordDoi() {
        apply(() -> {
            Release recorded = doiDesk.record(version, doi);
            doi = null;
            return PageTexts.text("releaseAdmin.done.doiRecorded", recorded.doi(), version);
        });
    }

    public void registerDoi() {
        try {
            Release registered = doiDesk.register(version);
            release = null;
            if (registered.doiState() == DoiState.REGISTERED) {
                PageMessages.done(PageTexts.text("releaseAdmin.done.doiRegistered", registered.doi(), version));
            } else {
                PageMessages.error(
                        PageTexts.text("releaseAdmin.error.doiNotRegistered", version, registered.doiMessage()));
            }
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    /** That the release is public, and what became of its DOI when DataCite was asked for one. */
    private static String registration(Release release) {
        return switch (release.doiState()) {
            case REGISTERED ->
                PageTexts.text("releaseAdmin.done.publishedRegistered", release.version(), release.doi());
            case FAILED -> PageTexts.text("releaseAdmin.done.publishedFailed", release.version(), release.doiMessage());
            default -> PageTexts.text("releaseAdmin.done.published", release.version());
        };
    }

    /** DataCite registers DOIs here, and this published release has none registered yet. */
    public boolean isRegistrable() {
        return doiDesk.registersDois() && inState("PUBLISHED") && getRelease().doiState() != DoiState.REGISTERED;
    }

    /** A DOI can be recorded for a published or withdrawn release until DataCite has registered one. */
    public boolean isDoiRecordable() {
        return getRelease() != null
                && getRelease().state() != ReleaseState.DRAFT
                && getRelease().doiState() != DoiState.REGISTERED;
    }

    public boolean doiIn(String state) {
        return getRelease() != null && getRelease().doiState() == DoiState.valueOf(state);
    }

    /** The licence the release was frozen with, e.g. "CC-BY-4.0 (Creative Commons Attribution 4.0 International)". */
    public String getLicence() {
        Licence licence = desk.facts(getRelease()).licence();
        return licence.spdx + " (" + licence.title + ")";
    }

    /** Who the release credits: creators, then contributors, each list separated by semicolons. */
    public String getCredit() {
        Credit credit = desk.facts(getRelease()).credit();
        String creators = credit.creators().stream().map(Party::name).collect(Collectors.joining("; "));
        String contributors = credit.contributors().stream().map(Party::name).collect(Collectors.joining("; "));
        return contributors.isEmpty()
                ? creators
                : PageTexts.text("releaseAdmin.creditWithContributors", creators, contributors);
    }

    /** The DOI's state in words, for its page. */
    public String getDoiState() {
        if (getRelease() == null) {
            return null;
        }
        return PageTexts.label("doiState", getRelease().doiState());
    }

    public void withdraw() {
        apply(() -> {
            doiDesk.withdraw(version, reason);
            reason = null;
            return PageTexts.text("releaseAdmin.done.withdrawn", version);
        });
    }

    /** A discarded draft leaves no page to stay on. */
    public String discard() {
        try {
            desk.discard(version);
            PageMessages.doneThenRedirect(PageTexts.text("releaseAdmin.done.discarded", version));
            return "/app/coordinator/releases?faces-redirect=true";
        } catch (Refusal refused) {
            PageMessages.refused(refused);
            return null;
        }
    }

    private void apply(Supplier<String> action) {
        try {
            String done = action.get();
            release = null;
            PageMessages.done(done);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public String at(Instant instant) {
        return ReleasesBacking.when(instant);
    }

    public String getVersion() {
        return version;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
