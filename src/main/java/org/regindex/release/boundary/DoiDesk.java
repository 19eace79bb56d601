package org.regindex.release.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.regindex.platform.entity.Refusal;
import org.regindex.release.control.DataCiteClient;
import org.regindex.release.control.DataCiteRegistration;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseState;

/**
 * Publishing with its DOI, and the DOI actions of a published release: coordinators record a DOI by
 * hand or have it registered with DataCite (again, after a failure).
 * <p>
 * A registration waits on DataCite (up to 20 s), so it never runs inside a transaction
 * ({@code TxType.NEVER} makes that a rule): publishing commits first in {@link ReleaseDesk#publish}, then
 * {@link ReleaseDesk#registrationAttempt} reads what to send in a short transaction, DataCite is asked
 * with no transaction open and no row locked, and {@link ReleaseDesk#settleRegistration} stores the answer
 * in another. A release whose registration fails stays published, its DOI state FAILED with DataCite's
 * sentence; the explicit call here (rather than an observer of the publish transaction's success) keeps
 * the demo loader, which publishes through {@code Freezing}, from minting DOIs, and lets the caller answer
 * with the release as it is after the registration.
 */
@RequestScoped
@Transactional(Transactional.TxType.NEVER)
public class DoiDesk {

    @Inject
    ReleaseDesk desk;

    @Inject
    DataCiteRegistration registration;

    /**
     * Publishes a draft, then registers its DOI when DataCite is configured and the release has none yet.
     * Publishing a published release answers it as it is: only the call that published registers.
     */
    public Release publish(String version) {
        ReleaseDesk.Publication publication = desk.publish(version);
        Release release = publication.release();
        if (!publication.published()
                || !desk.registersDois()
                || release.state() != ReleaseState.PUBLISHED
                || release.doiState() != DoiState.NONE) {
            return release;
        }
        try {
            return register(version);
        } catch (Refusal refused) { // withdrawn at the same moment: the publication stands and is answered
            return desk.find(version);
        }
    }

    /**
     * Withdraws a published release, then updates its registered DOI's metadata at DataCite (it stays
     * findable, resolving to the tombstone). A refusal there is logged and audited; the withdrawal stands.
     * Withdrawing a withdrawn release answers it as it is and tells DataCite nothing.
     */
    public Release withdraw(String version, String reason) {
        ReleaseDesk.Withdrawal withdrawal = desk.withdraw(version, reason);
        if (withdrawal.withdrawn()) { // only the call that withdrew tells DataCite
            desk.withdrawalNotice(version)
                    .ifPresent(attempt -> desk.settleWithdrawalNotice(version, registration.send(attempt)));
        }
        return withdrawal.release();
    }

    public Release record(String version, String doi) {
        return desk.recordDoi(version, doi);
    }

    /**
     * Registers (or retries registering) the DOI of a published release with DataCite. The attempt claims
     * the registration on the release's row, so a second one at the same time is told that one is under
     * way (or, once it is done, that the DOI is registered already) and DataCite is asked once.
     */
    public Release register(String version) {
        DataCiteRegistration.Attempt attempt = desk.registrationAttempt(version);
        DataCiteClient.Outcome outcome = registration.send(attempt);
        return desk.settleRegistration(version, outcome);
    }

    public boolean registersDois() {
        return desk.registersDois();
    }
}
