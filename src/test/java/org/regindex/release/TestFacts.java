package org.regindex.release;

import java.time.Instant;
import java.util.List;
import org.regindex.identity.entity.Party;
import org.regindex.platform.entity.PublicSite;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;

/** Facts of a release for unit tests of downloads, citations and metadata. */
public final class TestFacts {

    public static final Instant FROZEN = Instant.parse("2026-12-30T10:00:00Z");
    public static final Instant PUBLISHED = Instant.parse("2027-01-02T10:00:00Z");
    public static final PublicSite SITE = new PublicSite("https://regindex.example");
    public static final Credit CREDIT = new Credit(
            "Regindex Consortium",
            List.of(Party.organisation("Regindex Consortium")),
            List.of(new Party("", "Ana", "García López", "Universidad de Ejemplo", "0000-0002-1825-0097")),
            "Example Research Council",
            "data@regindex.example");

    private TestFacts() {}

    /** The content of a small round: three regions, two indicators on one axis (ReleaseDiffTest's first release). */
    public static ReleaseContent content() {
        return ReleaseDiffTest.FIRST;
    }

    /** Published facts with a real digest (the content's), for what checks it. */
    public static ReleaseFacts publishedWithDigest(ReleaseContent content) {
        return new ReleaseFacts(
                content.header().version(),
                org.regindex.release.control.CanonicalExport.digest(content),
                ReleaseState.PUBLISHED,
                FROZEN,
                PUBLISHED,
                null,
                null,
                null,
                Licence.CC_BY_4_0,
                CREDIT,
                "10.5072/regindex.1-0",
                SITE);
    }

    public static ReleaseFacts published() {
        return new ReleaseFacts(
                "1.0",
                "ab12",
                ReleaseState.PUBLISHED,
                FROZEN,
                PUBLISHED,
                null,
                null,
                null,
                Licence.CC_BY_4_0,
                CREDIT,
                null,
                SITE);
    }

    public static ReleaseFacts draft() {
        return new ReleaseFacts(
                "1.0",
                "ab12",
                ReleaseState.DRAFT,
                FROZEN,
                null,
                null,
                null,
                null,
                Licence.CC_BY_4_0,
                CREDIT,
                null,
                SITE);
    }

    /** A correction of 1.0 with a DOI. */
    public static ReleaseFacts correctionWithDoi() {
        return new ReleaseFacts(
                "1.1",
                "cd34",
                ReleaseState.PUBLISHED,
                FROZEN,
                PUBLISHED,
                null,
                null,
                "1.0",
                Licence.CC_BY_4_0,
                CREDIT,
                "10.5072/regindex.1-1",
                SITE);
    }
}
