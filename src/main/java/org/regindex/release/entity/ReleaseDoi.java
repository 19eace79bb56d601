package org.regindex.release.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A published release's DOI: recorded by a coordinator or registered with DataCite, and the registration
 * under way. A registration waits on DataCite outside any transaction, so it is claimed first: while one
 * runs, another is refused; a claim older than {@link #CLAIM_LIFETIME} is taken for one a stopped server
 * left behind.
 */
@Embeddable
public class ReleaseDoi {

    /** Longer than DataCite may take to answer (20 s), with room to store its answer. */
    public static final Duration CLAIM_LIFETIME = Duration.ofMinutes(1);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Column(name = "doi")
    private String doi;

    @Enumerated(EnumType.STRING)
    @Column(name = "doi_state", nullable = false)
    private DoiState state = DoiState.NONE;

    @Column(name = "doi_message")
    private String message;

    @Column(name = "doi_registration_started_at")
    private Instant registrationStartedAt;

    /** The DOI as given, without a resolver prefix; refused unless it reads like one. */
    static String requireValid(String given) {
        String value = given == null ? "" : given.strip().replaceFirst("^(https?://(dx\\.)?doi\\.org/|doi:)", "");
        if (!value.matches("10\\.\\d{4,9}/\\S{1,180}")) {
            throw new InvalidRelease("A DOI reads like 10.5281/zenodo.1234567, not \"" + given + "\".");
        }
        return value;
    }

    /**
     * Records the DOI release {@code version} is known by. A DOI starts with "10." and a registrant code; it
     * may be recorded again (to correct a typo) until DataCite has registered it. Whether it changed.
     */
    boolean record(String version, String given) {
        String value = requireValid(given);
        if (state == DoiState.REGISTERED && !value.equalsIgnoreCase(doi)) {
            throw new ReleaseStateConflict(
                    "Release " + version + " has the registered DOI " + doi + "; it cannot change.");
        }
        if (value.equals(doi)) {
            return false;
        }
        doi = value;
        state = DoiState.RECORDED;
        message = null;
        return true;
    }

    /** Starts a registration of release {@code version}'s DOI at {@code now}, unless one is under way. */
    public void claimRegistration(String version, Instant now) {
        if (registrationStartedAt != null && now.isBefore(registrationStartedAt.plus(CLAIM_LIFETIME))) {
            throw new ReleaseStateConflict("The DOI of release " + version + " is being registered with DataCite"
                    + " at this moment (since " + TIME.format(registrationStartedAt) + "); its result shows in a"
                    + " few seconds.");
        }
        registrationStartedAt = now;
    }

    void registered(String registered) {
        doi = registered;
        state = DoiState.REGISTERED;
        message = null;
        registrationStartedAt = null;
    }

    void failed(String reason) {
        state = DoiState.FAILED;
        message = reason.length() > Release.REASON_MAX ? reason.substring(0, Release.REASON_MAX) : reason;
        registrationStartedAt = null;
    }

    /** A registration whose outcome changes nothing (a failure after a registration) ends too. */
    public void endRegistration() {
        registrationStartedAt = null;
    }

    public String doi() {
        return doi;
    }

    public DoiState state() {
        return state;
    }

    public String message() {
        return message;
    }

    public Instant registrationStartedAt() {
        return registrationStartedAt;
    }
}
