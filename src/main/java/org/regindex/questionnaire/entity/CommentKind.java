package org.regindex.questionnaire.entity;

/** What a comment does to its thread besides saying something. */
public enum CommentKind {
    COMMENT,
    CHANGE_REQUESTED,
    RESOLVED
}
