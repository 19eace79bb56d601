package org.regindex.questionnaire.entity;

/** A reminder before a deadline (from the cycle's chosen number of days before it) or once it has passed. */
public enum ReminderKind {
    BEFORE,
    OVERDUE
}
