package org.regindex.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;

/**
 * A frozen release whose files are easy to get wrong: a version that reads like a number ("1.10"), an
 * accented region name, a citation with a semicolon, a comma, quotes and a line break, a freeze time with
 * nanoseconds, a region without any answer or score, a not applicable answer, and a government's reply with
 * the same characters as that citation, answered by the expert.
 */
final class HostileRelease {

    static final String CITATION = "Ley 3/2019; art. 5, \"ámbito\"\nsegunda línea";
    /** What the region's government said, with the same characters as the citation. */
    static final String REPLY = "La regione contesta; vedi \"Piano\", art. 2,\nseconda riga";

    /** A file name with the characters a CSV reader trips on. */
    static final String EVIDENCE_NAME = "Relazione \"finale\"; v2, 2026.pdf";

    static final Instant FROZEN = Instant.parse("2026-12-30T10:00:00.123456789Z");
    /** A contact at a real top-level domain: the schema's e-mail check knows no ".example". */
    static final Credit CREDIT = new Credit(
            TestFacts.CREDIT.publisher(),
            TestFacts.CREDIT.creators(),
            TestFacts.CREDIT.contributors(),
            TestFacts.CREDIT.funder(),
            "data@example.org");

    static final ReleaseFacts FACTS = new ReleaseFacts(
            "1.10",
            "ef56",
            ReleaseState.PUBLISHED,
            FROZEN,
            TestFacts.PUBLISHED,
            null,
            null,
            null,
            Licence.CC_BY_4_0,
            CREDIT,
            "10.5072/regindex.1-10",
            TestFacts.SITE);

    private HostileRelease() {}

    static ReleaseContent content() {
        ReleaseContent frozen = FreezerTest.frozen();
        ReleaseContent.Header h = frozen.header();
        ReleaseContent.Header header = new ReleaseContent.Header(
                "1.10",
                h.title(),
                "Second cut.",
                h.cycleCode(),
                h.cycleName(),
                h.codebookCode(),
                h.codebookVersion(),
                h.codebookTitle(),
                h.aggregation(),
                null,
                true,
                true,
                true);
        List<ReleaseContent.Region> regions = frozen.regions().stream()
                .map(r -> r.code().equals("ES51") ? new ReleaseContent.Region("ES51", "Cataluña", "ES") : r)
                .toList();
        List<ReleaseContent.Answer> answers = new ArrayList<>();
        for (ReleaseContent.Answer a : frozen.answers()) {
            List<ReleaseContent.Source> sources = new ArrayList<>(a.sources());
            if (a.region().equals("ITF3") && a.indicator().equals("LAB-ACT-01")) {
                sources.add(new ReleaseContent.Source(CITATION, "https://example.org/a?b=1;c=2"));
            }
            answers.add(new ReleaseContent.Answer(
                    a.region(),
                    a.indicator(),
                    a.optionCode(),
                    a.notApplicable(),
                    a.notApplicableReason(),
                    a.justification(),
                    a.score(),
                    sources));
        }
        List<ReleaseContent.Reply> replies = List.of(
                new ReleaseContent.Reply("ITF3", "LAB-ACT-01", "government", LocalDate.parse("2026-12-01"), REPLY),
                new ReleaseContent.Reply(
                        "ITF3", "LAB-ACT-01", "expert", LocalDate.parse("2026-12-02"), "We read it again; it stays."));
        return new ReleaseContent(
                header,
                frozen.axes(),
                frozen.indicators(),
                regions,
                answers,
                frozen.scores(),
                frozen.translations(),
                replies,
                List.of(new ReleaseContent.Evidence(
                        "ITF3", "LAB-ACT-01", EVIDENCE_NAME, "application/pdf", 1234, "ab".repeat(32))));
    }
}
