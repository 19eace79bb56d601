/**
 * Reading the audit trail of a cycle or a questionnaire, in the browser and through the API, with
 * names shown as blind review allows. The events are written by {@code platform.control.AuditTrail}
 * in the transaction of the change they describe.
 * <p>
 * Invariants: the trail is append-only (the database refuses UPDATE and DELETE); a questionnaire's
 * trail is shown to its region's expert and reviewer and to coordinators, a cycle's to coordinators.
 */
package org.regindex.audit;
