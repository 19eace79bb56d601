package org.regindex.release.boundary;

import org.regindex.release.entity.UnknownRelease;
import org.regindex.release.entity.ReleaseWithdrawn;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.QuestionnairesNotApproved;
import org.regindex.release.entity.ReleaseEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.Actor;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.ContentCache;
import org.regindex.release.control.Freezer;
import org.regindex.release.control.LiveAnswers;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseStore;
import org.regindex.release.control.Releases;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseChanged;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseVersion;

/** Coordinators freeze, publish, withdraw, discard and compare releases. Everyone reads published ones. */
@RequestScoped
@Transactional
public class ReleaseDesk {

    static final int TITLE_MAX = 300;
    private static final Logger LOG = Logger.getLogger(ReleaseDesk.class.getName());

    /** A region of a cycle as the freeze page lists it: approved (can go in) or not yet. */
    public record Readiness(String region, String name, String state) {

        public boolean approved() {
            return LiveAnswers.APPROVED.equals(state);
        }
    }

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    LiveAnswers liveAnswers;

    @Inject
    Releases releases;

    @Inject
    ReleaseStore store;

    @Inject
    ContentCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReleaseChanged> changed;

    @Inject
    @ConfigProperty(name = "citation.publisher")
    String publisher;

    @Inject
    @ConfigProperty(name = "app.base.url")
    String baseUrl;

    public List<Readiness> readiness(String cycleCode) {
        caller.require(Role.COORDINATOR);
        return readinessOf(cycleCode);
    }

    private List<Readiness> readinessOf(String cycleCode) {
        Cycle cycle = cycles.byCode(cycleCode);
        Map<String, String> states = liveAnswers.states(cycle.id());
        return cycle.regions().stream().map(region -> new Readiness(region.code(), region.name(),
                states.getOrDefault(region.code(), LiveAnswers.NOT_STARTED))).toList();
    }

    /**
     * Freezes the APPROVED questionnaires of the given regions (all approved ones when none are given) into
     * a DRAFT release, in one transaction: header, content and digest are stored together or not at all.
     */
    public Release freeze(String cycleCode, List<String> regionCodes, String title, String notes) {
        caller.require(Role.COORDINATOR);
        return freezeAs(caller.actingAs(Role.COORDINATOR), cycleCode, regionCodes, title, notes);
    }

    /** For work the server does by itself (the demo data). People come through {@link #freeze}, which checks their role. */
    public Release freezeAs(Actor actor, String cycleCode, List<String> regionCodes, String title, String notes) {
        Cycle cycle = cycles.byCode(cycleCode);
        List<Readiness> readiness = readinessOf(cycleCode);
        Set<String> chosen = new HashSet<>(regionCodes == null || regionCodes.isEmpty()
                ? readiness.stream().filter(Readiness::approved).map(Readiness::region).toList() : regionCodes);
        List<String> notApproved = readiness.stream().filter(r -> chosen.contains(r.region()) && !r.approved())
                .map(r -> r.region() + " (" + r.state().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ")").toList();
        List<String> unknown = chosen.stream().filter(code -> readiness.stream().noneMatch(r -> r.region().equals(code))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRelease("Not in cycle " + cycleCode + ": " + String.join(", ", unknown) + ".");
        }
        if (!notApproved.isEmpty()) {
            throw new QuestionnairesNotApproved("Only approved questionnaires go into a release; not approved: "
                    + String.join(", ", notApproved) + ".");
        }
        if (chosen.isEmpty()) {
            throw new QuestionnairesNotApproved("No questionnaire of cycle " + cycleCode + " is approved yet.");
        }
        String checkedTitle = title == null || title.isBlank() ? cycle.name() : title.strip();
        if (checkedTitle.length() > TITLE_MAX) {
            throw new InvalidRelease("A release title has at most " + TITLE_MAX + " characters.");
        }
        ReleaseVersion version = releases.nextFor(cycleCode);
        Release corrected = releases.latestPublished(cycleCode).orElse(null);
        ReleaseContent.Header header = new ReleaseContent.Header(version.toString(), checkedTitle, notes == null ? "" : notes.strip(),
                cycle.code(), cycle.name(), cycle.codebook().code(), cycle.codebook().version(), cycle.codebook().title(),
                cycle.codebook().aggregation().name(), corrected == null ? null : corrected.version());
        List<Region> regions = cycle.regions().stream().filter(r -> chosen.contains(r.code())).toList();
        long started = System.nanoTime();
        List<LiveAnswers.Row> rows = liveAnswers.approved(cycle.id(), chosen);
        long read = System.nanoTime();
        ReleaseContent content = Freezer.content(header, cycle, regions, rows);
        long scored = System.nanoTime();
        String changelog = corrected == null ? "" : ReleaseDiff.changelog(ReleaseDiff.between(cache.content(corrected), content));
        String digest = CanonicalExport.digest(content);
        long digested = System.nanoTime();
        Release release = releases.add(new Release(header, version, changelog, digest, clock.instant(), actor.username()));
        store.write(release.id(), content);
        long written = System.nanoTime();
        LOG.info(() -> String.format("Froze release %s: %d answers of %d regions; read %d ms, scored %d ms, digest %d ms, written %d ms",
                release.version(), rows.size(), regions.size(), (read - started) / 1_000_000, (scored - read) / 1_000_000,
                (digested - scored) / 1_000_000, (written - digested) / 1_000_000));
        audit.record(actor, ReleaseEvent.RELEASE_FROZEN, new Subject("release", release.version(), cycleCode, null),
                null, Map.of("version", release.version(), "regions", regions.size(), "answers", content.answers().size(),
                        "digest", release.digest()));
        return release;
    }

    public Release publish(String version) {
        caller.require(Role.COORDINATOR);
        return publishAs(caller.actingAs(Role.COORDINATOR), version);
    }

    /** See {@link #freezeAs}. */
    public Release publishAs(Actor actor, String version) {
        Release release = releases.byVersion(version);
        if (release.publish(clock.instant())) {
            audit.record(actor, ReleaseEvent.RELEASE_PUBLISHED, subject(release), "DRAFT", "PUBLISHED");
            changed.fire(new ReleaseChanged(release.version()));
        }
        return release;
    }

    public Release withdraw(String version, String reason) {
        caller.require(Role.COORDINATOR);
        Release release = releases.byVersion(version);
        if (release.withdraw(reason, clock.instant())) {
            audit.record(caller.actingAs(Role.COORDINATOR), ReleaseEvent.RELEASE_WITHDRAWN, subject(release), "PUBLISHED", "WITHDRAWN: " + reason);
            changed.fire(new ReleaseChanged(release.version()));
        }
        return release;
    }

    public void discard(String version) {
        caller.require(Role.COORDINATOR);
        Release release = releases.byVersion(version);
        releases.discard(release);
        audit.record(caller.actingAs(Role.COORDINATOR), ReleaseEvent.RELEASE_DISCARDED, subject(release), release.digest(), null);
        changed.fire(new ReleaseChanged(release.version()));
    }

    public List<Release> list() {
        return caller.has(Role.COORDINATOR) ? releases.all() : releases.published();
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
            throw new ReleaseWithdrawn("Release " + release.version() + " was withdrawn: "
                    + release.withdrawnReason());
        }
        return cache.content(release);
    }

    public ReleaseDiff.Diff diff(String from, String to) {
        return ReleaseDiff.between(content(find(from)), content(find(to)));
    }

    public ReleaseExports.Facts facts(Release release) {
        return new ReleaseExports.Facts(release.version(), release.digest(), release.state().name(), release.frozenAt(),
                release.publishedAt(), publisher, baseUrl);
    }

    public byte[] download(Release release, ReleaseExports.Format format) {
        return ReleaseExports.export(content(release), facts(release), release.changelog(), format);
    }

    private static Subject subject(Release release) {
        return new Subject("release", release.version(), release.cycleCode(), null);
    }
}
