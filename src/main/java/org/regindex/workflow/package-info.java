/**
 * The life of a questionnaire: its states and the transitions between them (who may take each,
 * on which conditions), review threads, the audit trail views and notifications.
 * <p>
 * Invariants: the state changes only through {@code Questionnaire.apply}, which consults
 * {@link org.regindex.workflow.entity.Transition}; a transition that is not allowed is refused with
 * the reason, never half-applied; applying a transition whose target is already the state changes
 * nothing (double clicks and replays are harmless).
 */
package org.regindex.workflow;
