package org.regindex.release.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.function.Supplier;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.entity.Refusal;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseState;

/** One release as its page shows it, and what its state allows: publish or discard a draft, withdraw a published one. */
@Named
@ViewScoped
public class ReleaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseDesk desk;

    private String version;
    private boolean missing;
    private String reason;

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
            PageMessages.error("The address names no release: open one from the releases page.");
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

    public void publish() {
        apply(() -> {
            desk.publish(version);
            return "Published release " + version + ". It is public now.";
        });
    }

    public void withdraw() {
        apply(() -> {
            desk.withdraw(version, reason);
            reason = null;
            return "Withdrew release " + version + ". It stays listed with the reason; its data is no longer offered.";
        });
    }

    /** A discarded draft leaves no page to stay on. */
    public String discard() {
        try {
            desk.discard(version);
            PageMessages.doneThenRedirect("Discarded the draft release " + version + ".");
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
