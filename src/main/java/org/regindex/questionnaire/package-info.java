/**
 * Data entry: the answers of a region's questionnaire, saved by its expert one indicator at a time
 * (in the browser, through the API, or from an Excel file), each change audited.
 * <p>
 * Invariants: only the region's assigned expert writes, only in an open cycle and an editable state;
 * every save carries the version it revised, and a stale save is refused with the newer value;
 * text is stored as typed.
 */
package org.regindex.questionnaire;
