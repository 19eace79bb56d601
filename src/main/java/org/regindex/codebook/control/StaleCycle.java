package org.regindex.codebook.control;

import java.util.Locale;
import org.regindex.codebook.entity.Cycle;
import org.regindex.platform.entity.Refusal;

/** Someone changed the cycle since the caller read it; nothing was overwritten. */
public class StaleCycle extends Refusal {
    private static final String CONDITION = "StaleCycle"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public StaleCycle(Cycle current) {
        super(
                Kind.CONFLICT,
                CONDITION,
                "Cycle " + current.code() + " was changed by someone else meanwhile: it is now \""
                        + current.name() + "\", deadline " + current.deadline() + ", "
                        + current.status().name().toLowerCase(Locale.ROOT)
                        + ". Reload it and make your change again.");
    }
}
