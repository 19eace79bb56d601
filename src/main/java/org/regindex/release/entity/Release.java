package org.regindex.release.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A release's header: its version, what it was frozen from, its digest, and its state, the only thing
 * that ever changes (DRAFT -> PUBLISHED -> WITHDRAWN, forward only).
 */
@Entity
@Table(name = "dataset_release")
public class Release {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String version;

    @Column(nullable = false, updatable = false)
    private int major;

    @Column(nullable = false, updatable = false)
    private int minor;

    @Column(name = "cycle_code", nullable = false, updatable = false)
    private String cycleCode;

    @Column(name = "cycle_name", nullable = false, updatable = false)
    private String cycleName;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String notes;

    @Column(name = "codebook_code", nullable = false, updatable = false)
    private String codebookCode;

    @Column(name = "codebook_version", nullable = false, updatable = false)
    private int codebookVersion;

    @Column(name = "codebook_title", nullable = false, updatable = false)
    private String codebookTitle;

    @Column(nullable = false, updatable = false)
    private String aggregation;

    @Column(name = "corrects_version", updatable = false)
    private String correctsVersion;

    @Column(name = "records_confidence", nullable = false, updatable = false)
    private boolean recordsConfidence;

    @Column(name = "records_replies", nullable = false, updatable = false)
    private boolean recordsReplies;

    @Column(name = "records_evidence", nullable = false, updatable = false)
    private boolean recordsEvidence;

    @Column(nullable = false, updatable = false)
    private String changelog;

    @Column(nullable = false, updatable = false)
    private String digest;

    @Column(name = "frozen_at", nullable = false, updatable = false)
    private Instant frozenAt;

    @Column(name = "frozen_by", nullable = false, updatable = false)
    private String frozenBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReleaseState state;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(nullable = false, updatable = false)
    private String licence;

    /** The credit as frozen, in the JSON form of {@code CreditJson}; null for releases frozen before credit existed. */
    @Column(updatable = false)
    private String credit;

    @Embedded
    private ReleaseDoi doi = new ReleaseDoi();

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected Release() {}

    public Release(
            ReleaseContent.Header header,
            ReleaseVersion number,
            String changelog,
            String digest,
            Instant frozenAt,
            String frozenBy,
            Licence licence,
            String credit) {
        this.version = number.toString();
        this.major = number.major();
        this.minor = number.minor();
        this.cycleCode = header.cycleCode();
        this.cycleName = header.cycleName();
        this.title = header.title();
        this.notes = header.notes();
        this.codebookCode = header.codebookCode();
        this.codebookVersion = header.codebookVersion();
        this.codebookTitle = header.codebookTitle();
        this.aggregation = header.aggregation();
        this.correctsVersion = header.correctsVersion();
        this.recordsConfidence = header.recordsConfidence();
        this.recordsReplies = header.recordsReplies();
        this.recordsEvidence = header.recordsEvidence();
        this.changelog = changelog;
        this.digest = digest;
        this.frozenAt = frozenAt;
        this.frozenBy = frozenBy;
        this.state = ReleaseState.DRAFT;
        this.licence = licence.spdx;
        this.credit = credit;
    }

    /** Publishing is irreversible; publishing a published release changes nothing. */
    public boolean publish(Instant at) {
        if (state == ReleaseState.PUBLISHED) {
            return false;
        }
        if (state != ReleaseState.DRAFT) {
            throw new ReleaseStateConflict("Release " + version + " is withdrawn; it cannot be published again.");
        }
        state = ReleaseState.PUBLISHED;
        publishedAt = at;
        return true;
    }

    public boolean withdraw(String reason, Instant at) {
        if (state == ReleaseState.WITHDRAWN) {
            return false;
        }
        if (state != ReleaseState.PUBLISHED) {
            throw new ReleaseStateConflict("Release " + version + " is a draft: discard it instead of withdrawing it.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRelease("Say why release " + version + " is withdrawn; the reason stays on its page.");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidRelease("A reason has at most " + REASON_MAX + " characters.");
        }
        state = ReleaseState.WITHDRAWN;
        withdrawnAt = at;
        withdrawnReason = reason.strip();
        return true;
    }

    /**
     * Records the DOI the release is known by (see {@link ReleaseDoi#record}); a draft gets none.
     */
    public boolean recordDoi(String given) {
        if (state == ReleaseState.DRAFT) {
            ReleaseDoi.requireValid(given);
            throw new ReleaseStateConflict("Release " + version + " is a draft: publish it before it gets a DOI.");
        }
        return doi.record(version, given);
    }

    /** The DOI, its state and its registration: the rules of {@link ReleaseDoi}. */
    public ReleaseDoi doiRecord() {
        return doi;
    }

    /** DataCite answered: the DOI is registered and resolves to the landing page. */
    public void doiRegistered(String registered) {
        doi.registered(registered);
    }

    /** DataCite could not register the DOI; the release stays published and the page says why. */
    public void doiFailed(String message) {
        doi.failed(message);
    }

    public Licence licence() {
        return Licence.bySpdx(licence);
    }

    public String credit() {
        return credit;
    }

    public String doi() {
        return doi.doi();
    }

    public DoiState doiState() {
        return doi.state();
    }

    public String doiMessage() {
        return doi.message();
    }

    public Long id() {
        return id;
    }

    public String version() {
        return version;
    }

    public ReleaseVersion number() {
        return new ReleaseVersion(major, minor);
    }

    public String cycleCode() {
        return cycleCode;
    }

    public String cycleName() {
        return cycleName;
    }

    public String title() {
        return title;
    }

    public String notes() {
        return notes;
    }

    public String codebookReference() {
        return codebookCode + " v" + codebookVersion;
    }

    public String codebookCode() {
        return codebookCode;
    }

    public int codebookVersion() {
        return codebookVersion;
    }

    public String aggregation() {
        return aggregation;
    }

    public String codebookTitle() {
        return codebookTitle;
    }

    /** Whether the release holds the experts' confidence (releases frozen before it existed do not). */
    public boolean recordsConfidence() {
        return recordsConfidence;
    }

    /** Whether the release records its answers' evidence files (every release frozen since they exist). */
    public boolean recordsEvidence() {
        return recordsEvidence;
    }

    /** Whether the release publishes a right of reply: its cycle gave one. */
    public boolean recordsReplies() {
        return recordsReplies;
    }

    public String correctsVersion() {
        return correctsVersion;
    }

    public String changelog() {
        return changelog;
    }

    public String digest() {
        return digest;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public String frozenBy() {
        return frozenBy;
    }

    public ReleaseState state() {
        return state;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }
}
