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
        return facts(
                content.header().version(),
                org.regindex.release.control.CanonicalExport.digest(content),
                PUBLISHED,
                null,
                "10.5072/regindex.1-0");
    }

    public static ReleaseFacts published() {
        return facts("1.0", "ab12", PUBLISHED, null, null);
    }

    public static ReleaseFacts draft() {
        return facts("1.0", "ab12", null, null, null);
    }

    /** A correction of 1.0 with a DOI. */
    public static ReleaseFacts correctionWithDoi() {
        return facts("1.1", "cd34", PUBLISHED, "1.0", "10.5072/regindex.1-1");
    }

    /** A release frozen at {@link #FROZEN} under CC-BY-4.0 with {@link #CREDIT}; a draft when not published. */
    private static ReleaseFacts facts(
            String version, String digest, Instant publishedAt, String correctsVersion, String doi) {
        return new ReleaseFacts(
                version,
                digest,
                publishedAt == null ? ReleaseState.DRAFT : ReleaseState.PUBLISHED,
                FROZEN,
                publishedAt,
                null,
                null,
                correctsVersion,
                Licence.CC_BY_4_0,
                CREDIT,
                doi,
                SITE);
    }
}
