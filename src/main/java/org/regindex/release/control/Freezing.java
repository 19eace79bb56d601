package org.regindex.release.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.Actor;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseChanged;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseEvent;
import org.regindex.release.entity.ReleaseVersion;

/**
 * Freezing and publishing, each one operation with its audit event, in the caller's transaction. The
 * caller has checked who may: {@code ReleaseDesk} for people, the demo loader for the server itself.
 */
@ApplicationScoped
public class Freezing {

    private static final Logger LOG = Logger.getLogger(Freezing.class.getName());

    @Inject
    LiveAnswers liveAnswers;

    @Inject
    Releases releases;

    @Inject
    ReleaseStore store;

    @Inject
    ContentCache cache;

    @Inject
    Crediting crediting;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReleaseChanged> changed;

    public List<FreezeSelection.Readiness> readiness(Cycle cycle) {
        Map<String, String> states = liveAnswers.states(cycle.id());
        return cycle.regions().stream()
                .map(region -> new FreezeSelection.Readiness(
                        region.code(), region.name(), states.getOrDefault(region.code(), LiveAnswers.NOT_STARTED)))
                .toList();
    }

    /** Freezes the approved questionnaires of the chosen regions into a DRAFT: header, content and digest together. */
    public Release freeze(Actor actor, Cycle cycle, Set<String> chosen, String title, String notes, Licence licence) {
        ReleaseVersion version = releases.nextFor(cycle.code());
        Release corrected = releases.latestPublished(cycle.code()).orElse(null);
        ReleaseContent.Header header = new ReleaseContent.Header(
                version.toString(),
                title,
                notes == null ? "" : notes.strip(),
                cycle.code(),
                cycle.name(),
                cycle.codebook().code(),
                cycle.codebook().version(),
                cycle.codebook().title(),
                cycle.codebook().aggregation().name(),
                corrected == null ? null : corrected.version(),
                true,
                cycle.replyDeadline().isPresent(),
                true);
        List<Region> regions =
                cycle.regions().stream().filter(r -> chosen.contains(r.code())).toList();
        long started = System.nanoTime();
        List<LiveAnswers.Row> rows = liveAnswers.approved(cycle.id(), chosen);
        List<ReleaseContent.Reply> replies =
                header.recordsReplies() ? liveAnswers.replies(cycle.id(), chosen) : List.of();
        long read = System.nanoTime();
        ReleaseContent content =
                Freezer.content(header, cycle, regions, rows, replies, liveAnswers.evidence(cycle.id(), chosen));
        String changelog =
                corrected == null ? "" : ReleaseDiff.changelog(ReleaseDiff.between(cache.content(corrected), content));
        String digest = CanonicalExport.digest(content);
        long computed = System.nanoTime();
        Release release = releases.add(new Release(
                header,
                version,
                changelog,
                digest,
                stored(clock.instant()),
                actor.username(),
                licence,
                CreditJson.write(crediting.of(cycle))));
        store.write(release.id(), content);
        long written = System.nanoTime();
        LOG.info(() -> String.format(
                "Froze release %s: %d answers of %d regions; read %d ms, scored and digested %d ms, written %d ms",
                release.version(),
                rows.size(),
                regions.size(),
                (read - started) / 1_000_000,
                (computed - read) / 1_000_000,
                (written - computed) / 1_000_000));
        audit.record(
                actor,
                ReleaseEvent.RELEASE_FROZEN,
                new Subject("release", release.version(), cycle.code(), null),
                null,
                Map.of(
                        "version",
                        release.version(),
                        "regions",
                        regions.size(),
                        "answers",
                        content.answers().size(),
                        "digest",
                        release.digest(),
                        "licence",
                        licence.spdx));
        return release;
    }

    /** Publishing a published release changes nothing and is not an error. */
    public Release publish(Actor actor, String version) {
        Release release = releases.byVersion(version);
        if (release.publish(stored(clock.instant()))) {
            audit.record(
                    actor,
                    ReleaseEvent.RELEASE_PUBLISHED,
                    new Subject("release", release.version(), release.cycleCode(), null),
                    "DRAFT",
                    "PUBLISHED");
            changed.fire(new ReleaseChanged(release.version()));
        }
        return release;
    }

    /**
     * A time as the database keeps it (milliseconds): the entity cached since it was written and the one
     * read after a restart then give the same downloads.
     */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
