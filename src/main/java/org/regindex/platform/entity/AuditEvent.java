package org.regindex.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change: who, in which role, when, what, and the value before and after (JSON). Never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "cycle_code", updatable = false)
    private String cycleCode;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            Actor actor,
            String action,
            String subjectType,
            String subject,
            String cycleCode,
            String regionCode,
            String before,
            String after) {
        this.occurredAt = occurredAt;
        this.actor = actor.username();
        this.actorRole = actor.role();
        this.action = action;
        this.subjectType = subjectType;
        this.subject = subject;
        this.cycleCode = cycleCode;
        this.regionCode = regionCode;
        this.before = before;
        this.after = after;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subject() {
        return subject;
    }

    public String cycleCode() {
        return cycleCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
