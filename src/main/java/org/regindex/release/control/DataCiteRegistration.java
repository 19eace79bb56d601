package org.regindex.release.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.Actor;
import org.regindex.release.control.DataCiteClient.Outcome;
import org.regindex.release.entity.DataCiteNotConfigured;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseEvent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseStateConflict;

/**
 * Registering a release's DOI with DataCite ({@code DATACITE_URL}, {@code DATACITE_REPOSITORY},
 * {@code DATACITE_PASSWORD}, {@code DATACITE_PREFIX}; off while any of the last three is empty), in three
 * steps so that no transaction waits on the network: {@link #attempt} decides what to send (in a short
 * transaction of the caller's), {@link #send} sends it (outside any), {@link #settle} stores what DataCite
 * answered with its audit event (in another short transaction).
 * <p>
 * The DOI is the one recorded for the release, else the prefix and {@code regindex-VERSION-DIGEST8}: the
 * digest's first 8 hex digits keep two installations (or a test database made anew) that share a prefix
 * from claiming the same DOI for different data. A first registration is a POST; a DOI that DataCite may
 * know already (recorded, or sent before without an answer) is PUT at its address, which also creates it.
 */
@ApplicationScoped
public class DataCiteRegistration {

    private static final Logger LOG = Logger.getLogger(DataCiteRegistration.class.getName());

    /** What a registration sends: the DOI, whether DataCite may know it, the landing page and the metadata. */
    public record Attempt(String version, String doi, boolean update, String url, String xml) {}

    @Inject
    @ConfigProperty(name = "datacite.url", defaultValue = "https://api.test.datacite.org")
    String url;

    @Inject
    @ConfigProperty(name = "datacite.repository")
    Optional<String> repository;

    @Inject
    @ConfigProperty(name = "datacite.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "datacite.prefix")
    Optional<String> prefix;

    @Inject
    AuditTrail audit;

    private DataCiteClient.Settings settings;
    private DataCiteClient client;

    @PostConstruct
    void connect() {
        settings = new DataCiteClient.Settings(url, repository.orElse(""), password.orElse(""), prefix.orElse(""));
        client = new DataCiteClient(settings, Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    public boolean configured() {
        return settings.configured();
    }

    public void requireConfigured() {
        requireConfigured(settings);
    }

    /** Refuses (409) while DataCite is off, naming the keys that turn it on. */
    public static void requireConfigured(DataCiteClient.Settings settings) {
        if (!settings.configured()) {
            throw new DataCiteNotConfigured(
                    "DOIs are not registered here: DataCite is not configured (DATACITE_REPOSITORY,"
                            + " DATACITE_PASSWORD and DATACITE_PREFIX are empty). Record the DOI by hand instead.");
        }
    }

    /** What to send for this release; refuses when DataCite is off or the release cannot have its DOI registered. */
    public Attempt attempt(Release release, ReleaseContent content, ReleaseFacts facts) {
        requireConfigured();
        return plan(release, settings.prefix(), content, facts);
    }

    public Outcome send(Attempt attempt) {
        Outcome outcome = client.register(
                attempt.doi(), attempt.update(), attempt.url(), attempt.xml().getBytes(StandardCharsets.UTF_8));
        if (!outcome.registered()) {
            LOG.warning(() -> "DataCite did not register " + attempt.doi() + ": " + outcome.message());
        }
        return outcome;
    }

    /** Stores the outcome on the release with its audit event; a failure after a registration changes nothing. */
    public void settle(Actor actor, Release release, Outcome outcome) {
        String before = release.doiState() + (release.doi() == null ? "" : " " + release.doi());
        apply(release, outcome).ifPresent(event -> {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("doi", outcome.doi());
            if (outcome.message() != null) {
                after.put("message", outcome.message());
            }
            audit.record(
                    actor, event, new Subject("release", release.version(), release.cycleCode(), null), before, after);
        });
    }

    /**
     * After a withdrawal, the metadata of the release's registered DOI again, now with its Withdrawn date: the
     * DOI stays and resolves to the tombstone. Empty when DataCite is off or the DOI is not registered.
     */
    public Optional<Attempt> withdrawal(Release release, ReleaseContent content, ReleaseFacts facts) {
        return configured() ? planWithdrawal(release, content, facts) : Optional.empty();
    }

    public static Optional<Attempt> planWithdrawal(Release release, ReleaseContent content, ReleaseFacts facts) {
        if (release.state() != ReleaseState.WITHDRAWN || release.doiState() != DoiState.REGISTERED) {
            return Optional.empty();
        }
        String xml = new String(DataCiteXml.bytes(content, facts), StandardCharsets.UTF_8);
        return Optional.of(new Attempt(release.version(), release.doi(), true, facts.landingUrl(), xml));
    }

    /** Records what DataCite answered to a withdrawal's update; the DOI stays registered either way. */
    public void settleWithdrawal(Actor actor, Release release, Outcome outcome) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("doi", release.doi());
        if (outcome.message() != null) {
            after.put("message", outcome.message());
        }
        audit.record(
                actor,
                outcome.registered() ? ReleaseEvent.RELEASE_DOI_UPDATED : ReleaseEvent.RELEASE_DOI_UPDATE_FAILED,
                new Subject("release", release.version(), release.cycleCode(), null),
                null,
                after);
    }

    /** The rules of {@link #attempt}, without configuration: which DOI, POST or PUT, and what it says. */
    public static Attempt plan(Release release, String prefix, ReleaseContent content, ReleaseFacts facts) {
        String version = release.version();
        if (release.state() == ReleaseState.DRAFT) {
            throw new ReleaseStateConflict(
                    "Release " + version + " is a draft: its DOI is registered when it is published.");
        }
        if (release.state() == ReleaseState.WITHDRAWN) {
            throw new ReleaseStateConflict("Release " + version + " is withdrawn: its DOI is not registered any more.");
        }
        if (release.doiState() == DoiState.REGISTERED) {
            throw new ReleaseStateConflict(
                    "The DOI " + release.doi() + " of release " + version + " is registered already.");
        }
        String doi = release.doi() == null ? prefix + "/" + suffix(release) : release.doi();
        if (!doi.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT) + "/")) {
            throw new ReleaseStateConflict("The DOI " + doi + " of release " + version + " is not under the prefix "
                    + prefix + " that this installation registers with DataCite; it stays recorded as it is.");
        }
        boolean known = release.doi() != null || release.doiState() == DoiState.FAILED;
        String xml = new String(DataCiteXml.bytes(content, facts.withDoi(doi)), StandardCharsets.UTF_8);
        return new Attempt(version, doi, known, facts.landingUrl(), xml);
    }

    /** The suffix of a DOI that no coordinator recorded: {@code regindex-1.0-f122a7b3}. */
    public static String suffix(Release release) {
        return "regindex-" + release.version() + "-"
                + release.digest().substring(0, Math.min(8, release.digest().length()));
    }

    /** The state change an outcome makes, and the event that records it; none for a failure after a registration. */
    public static Optional<ReleaseEvent> apply(Release release, Outcome outcome) {
        if (outcome.registered()) {
            release.doiRegistered(outcome.doi());
            return Optional.of(ReleaseEvent.RELEASE_DOI_REGISTERED);
        }
        if (release.doiState() == DoiState.REGISTERED) {
            release.doiRecord().endRegistration();
            return Optional.empty();
        }
        release.doiFailed(outcome.message());
        return Optional.of(ReleaseEvent.RELEASE_DOI_FAILED);
    }
}
