package org.regindex.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.regindex.platform.entity.Contended;
import org.regindex.platform.entity.Refusal;

/**
 * A failure that the data, not the program, caused: a unique or foreign key the request broke (told in the
 * schema's sentence for it) or a lock the database gave up waiting for. The API and the pages both answer
 * these as refusals, never as incidents.
 */
@ApplicationScoped
public class DataRefusals {

    private static final Logger LOG = Logger.getLogger(DataRefusals.class.getName());

    @Inject
    ConstraintSentences sentences;

    public Optional<Refusal> of(Throwable failure) {
        Optional<Refusal> broken = sentences.refusal(failure);
        if (broken.isPresent()) {
            return broken;
        }
        if (LockContention.causedBy(failure)) {
            LOG.info("Gave up waiting for a lock: " + failure);
            return Optional.of(new Contended());
        }
        return Optional.empty();
    }

    /** A refusal thrown somewhere below and not caught on the way, e.g. wrapped by Faces or EL. */
    public static Optional<Refusal> thrownIn(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
