package org.regindex.release.control;

import java.util.List;
import java.util.function.Supplier;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseStateConflict;
import org.regindex.release.entity.ReleaseVersion;

/**
 * The version a new release of a cycle gets: the next minor of the cycle's newest release (a correction), or, for
 * the cycle's first release, the major after the highest of all releases. A cycle has at most one draft at a time.
 */
public final class NextVersion {

    private NextVersion() {}

    /**
     * The version of the cycle's next release.
     *
     * @param ofCycle the cycle's releases, newest first
     * @param highestMajor the highest major of any release, null when there is none (asked only when needed)
     */
    public static ReleaseVersion of(List<Release> ofCycle, Supplier<Integer> highestMajor) {
        ofCycle.stream()
                .filter(release -> release.state() == ReleaseState.DRAFT)
                .findFirst()
                .ifPresent(draft -> {
                    throw new ReleaseStateConflict("Release " + draft.version() + " of this cycle is still a draft:"
                            + " publish or discard it before freezing another.");
                });
        if (!ofCycle.isEmpty()) {
            return ofCycle.get(0).number().nextMinor();
        }
        Integer highest = highestMajor.get();
        return new ReleaseVersion(highest == null ? 1 : highest + 1, 0);
    }
}
