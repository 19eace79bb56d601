package org.regindex.release.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.control.RowLocks;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.platform.entity.PublicSite;
import org.regindex.release.control.ContentCache;
import org.regindex.release.control.Crediting;
import org.regindex.release.control.DataCiteClient;
import org.regindex.release.control.DataCiteRegistration;
import org.regindex.release.control.FreezeSelection;
import org.regindex.release.control.Freezing;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.Releases;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseChanged;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseEvent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseWithdrawn;
import org.regindex.release.entity.UnknownRelease;

/** Coordinators freeze, publish, withdraw, discard and compare releases. Everyone reads published ones. */
@RequestScoped
@Transactional
public class ReleaseDesk {

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    Freezing freezing;

    @Inject
    Releases releases;

    @Inject
    ContentCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReleaseChanged> changed;

    @Inject
    Crediting crediting;

    @Inject
    PublicSite site;

    @Inject
    DataCiteRegistration registration;

    @Inject
    RowLocks locks;

    /** A release after a publish, and whether this call published it (else it was published already). */
    public record Publication(Release release, boolean published) {}

    /** A withdrawal's answer: the release, and whether this call withdrew it (or found it withdrawn). */
    public record Withdrawal(Release release, boolean withdrawn) {}

    /** The lock of a release's row: publishing, withdrawing, discarding and its DOI take turns. */
    private void lockRelease(String version) {
        locks.first("dataset_release", "version", version);
    }

    public List<FreezeSelection.Readiness> readiness(String cycleCode) {
        caller.require(Role.COORDINATOR);
        return freezing.readiness(cycles.byCode(cycleCode));
    }

    /**
     * Freezes the APPROVED questionnaires of the given regions (all approved ones when none are given) into
     * a DRAFT release, in one transaction: header, content and digest are stored together or not at all.
     * Freezes of one cycle take turns (the cycle's row is locked first): a second one finds the draft the
     * first made and is refused naming it.
     */
    public Release freeze(String cycleCode, List<String> regionCodes, String title, String notes, String licence) {
        caller.require(Role.COORDINATOR);
        locks.first("cycle", "code", cycleCode);
        Cycle cycle = cycles.byCode(cycleCode);
        Set<String> chosen = FreezeSelection.regions(cycleCode, freezing.readiness(cycle), regionCodes);
        return freezing.freeze(
                caller.actingAs(Role.COORDINATOR),
                cycle,
                chosen,
                FreezeSelection.title(title, cycle.name()),
                notes,
                crediting.licence(licence));
    }

    /** The licence a freeze gives when none is chosen. */
    public Licence defaultLicence() {
        return crediting.defaultLicence();
    }

    /** Records the DOI a published (or withdrawn) release is known by. */
    public Release recordDoi(String version, String doi) {
        caller.require(Role.COORDINATOR);
        lockRelease(version);
        Release release = releases.byVersion(version);
        String before = release.doi();
        if (release.recordDoi(doi)) {
            audit.record(
                    caller.actingAs(Role.COORDINATOR),
                    ReleaseEvent.RELEASE_DOI_RECORDED,
                    subject(release),
                    before,
                    release.doi());
            changed.fire(new ReleaseChanged(release.version()));
        }
        return release;
    }

    /**
     * The first step of a DOI registration, in a short transaction of its own: what to send DataCite.
     * {@link DoiDesk} sends it outside any transaction and hands the answer to {@link #settleRegistration}.
     */
    public DataCiteRegistration.Attempt registrationAttempt(String version) {
        caller.require(Role.COORDINATOR);
        lockRelease(version);
        Release release = releases.byVersion(version);
        registration.requireConfigured();
        DataCiteRegistration.Attempt attempt = registration.attempt(release, cache.content(release), facts(release));
        release.doiRecord().claimRegistration(version, clock.instant());
        return attempt;
    }

    /** The last step: stores DataCite's answer on the release (read afresh) with its audit event. */
    public Release settleRegistration(String version, DataCiteClient.Outcome outcome) {
        caller.require(Role.COORDINATOR);
        lockRelease(version);
        Release release = releases.byVersion(version);
        registration.settle(caller.actingAs(Role.COORDINATOR), release, outcome);
        changed.fire(new ReleaseChanged(release.version()));
        return release;
    }

    /** What to tell DataCite after a withdrawal, when the release's DOI is registered there. */
    public Optional<DataCiteRegistration.Attempt> withdrawalNotice(String version) {
        caller.require(Role.COORDINATOR);
        Release release = releases.byVersion(version);
        return registration.withdrawal(release, cache.content(release), facts(release));
    }

    public void settleWithdrawalNotice(String version, DataCiteClient.Outcome outcome) {
        caller.require(Role.COORDINATOR);
        registration.settleWithdrawal(caller.actingAs(Role.COORDINATOR), releases.byVersion(version), outcome);
    }

    public boolean registersDois() {
        return registration.configured();
    }

    /**
     * Publishes a draft. Publishes of one release take turns; the second finds it published, changes nothing
     * and records no event.
     */
    public Publication publish(String version) {
        caller.require(Role.COORDINATOR);
        lockRelease(version);
        Release release = releases.byVersion(version);
        boolean draft = release.state() == ReleaseState.DRAFT;
        return new Publication(freezing.publish(caller.actingAs(Role.COORDINATOR), version), draft);
    }

    /** Withdraws a published release; withdrawing a withdrawn one changes nothing and records no event. */
    public Withdrawal withdraw(String version, String reason) {
        caller.require(Role.COORDINATOR);
        lockRelease(version);
        Release release = releases.byVersion(version);
        boolean withdrawn = release.withdraw(reason, clock.instant());
        if (withdrawn) {
            audit.record(
                    caller.actingAs(Role.COORDINATOR),
                    ReleaseEvent.RELEASE_WITHDRAWN,
                    subject(release),
                    "PUBLISHED",
                    "WITHDRAWN: " + reason);
            changed.fire(new ReleaseChanged(release.version()));
        }
        return new Withdrawal(release, withdrawn);
    }

    public void discard(String version) {
        caller.require(Role.COORDINATOR);
        lockRelease(version);
        Release release = releases.byVersion(version);
        releases.discard(release);
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                ReleaseEvent.RELEASE_DISCARDED,
                subject(release),
                release.digest(),
                null);
        changed.fire(new ReleaseChanged(release.version()));
    }

    public List<Release> list() {
        return caller.has(Role.COORDINATOR) ? releases.all() : releases.published();
    }

    /** One page of the releases the caller may see, newest first. */
    public Page<Release> list(PageRequest page) {
        return releases.page(caller.has(Role.COORDINATOR), page);
    }

    /** A release the caller may see: published or withdrawn ones for everyone, drafts for coordinators. */
    public Release find(String version) {
        Release release = releases.byVersion(version);
        if (release.state() == ReleaseState.DRAFT && !caller.has(Role.COORDINATOR)) {
            throw new UnknownRelease("There is no release " + version + ".");
        }
        return release;
    }

    /** The content, unless the release is withdrawn: then only its listing and reason remain. */
    public ReleaseContent content(Release release) {
        if (release.state() == ReleaseState.WITHDRAWN) {
            throw new ReleaseWithdrawn("Release " + release.version() + " was withdrawn: " + release.withdrawnReason());
        }
        return cache.content(release);
    }

    public ReleaseDiff.Diff diff(String from, String to) {
        return ReleaseDiff.between(content(find(from)), content(find(to)));
    }

    public ReleaseFacts facts(Release release) {
        return new ReleaseFacts(
                release.version(),
                release.digest(),
                release.state(),
                release.frozenAt(),
                release.publishedAt(),
                release.withdrawnAt(),
                release.withdrawnReason(),
                release.correctsVersion(),
                release.licence(),
                crediting.of(release),
                release.doi(),
                site);
    }

    public ReleaseJson json(Release release) {
        return ReleaseJson.of(release, facts(release));
    }

    public byte[] download(Release release, ReleaseExports.Format format) {
        return ReleaseExports.export(content(release), facts(release), release.changelog(), format);
    }

    private static Subject subject(Release release) {
        return new Subject("release", release.version(), release.cycleCode(), null);
    }
}
