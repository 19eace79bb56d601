package org.regindex.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to one person about something that concerns them; read or not. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    /** Path within the application, e.g. {@code /app/questionnaire.xhtml?cycle=demo&region=ES51}. */
    @Column(nullable = false, updatable = false)
    private String link;

    static final int SUBJECT_MAX = 300;

    protected Notification() {}

    public Notification(String recipient, Instant createdAt, String subject, String body, String link) {
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.subject = shortened(subject);
        this.body = body;
        this.link = link;
    }

    /**
     * The subject as its column holds it (300 characters): long names of people and regions are cut with
     * an ellipsis; the body keeps the whole text.
     */
    static String shortened(String subject) {
        return subject.length() <= SUBJECT_MAX
                ? subject
                : subject.substring(0, subject.offsetByCodePoints(0, SUBJECT_MAX - 1)) + "…";
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }
}
