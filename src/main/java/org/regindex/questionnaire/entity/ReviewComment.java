package org.regindex.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.regindex.assignment.entity.Capacity;

/** One comment of a review thread. Append-only: no setter here, and the database refuses UPDATE and DELETE. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // written for its column; the thread reaches its comments, not the reverse
    @ManyToOne(optional = false)
    @JoinColumn(name = "thread_id", updatable = false)
    private ReviewThread thread;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CommentKind kind;

    @Column(nullable = false, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_capacity", nullable = false, updatable = false)
    private Capacity authorCapacity;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewComment() {}

    ReviewComment(
            ReviewThread thread,
            CommentKind kind,
            String author,
            Capacity authorCapacity,
            String body,
            Instant createdAt) {
        this.thread = thread;
        this.kind = kind;
        this.author = author;
        this.authorCapacity = authorCapacity;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public CommentKind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public Capacity authorCapacity() {
        return authorCapacity;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
