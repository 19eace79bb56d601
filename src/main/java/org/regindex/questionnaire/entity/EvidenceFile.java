package org.regindex.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What is known of a stored file, whose bytes the file store keeps under its SHA-256. Never changes. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @Column(updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "first_stored", nullable = false, updatable = false)
    private Instant firstStored;

    protected EvidenceFile() {}

    public EvidenceFile(String sha256, long size, EvidenceType type, Instant firstStored) {
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = type.mediaType;
        this.firstStored = firstStored;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public String mediaType() {
        return mediaType;
    }
}
