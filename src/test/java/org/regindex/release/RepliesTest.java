package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.Views;
import org.regindex.release.control.ReleaseTable;
import org.regindex.release.control.ReplyTable;
import org.regindex.release.entity.ReleaseContent;

/** The right of reply as a release publishes it: beside its answer in the views, and as a table of its own. */
class RepliesTest {

    static final ReleaseContent CONTENT = HostileRelease.content();

    @Test
    void theRegionsViewShowsTheRepliesBesideTheAnswerTheyConcernInTheOrderWritten() {
        Views.RegionProfile profile =
                Views.region(CONTENT, "ef56", "ITF3", null).orElseThrow();
        Views.AnswerView concerned = answer(profile, "LAB-ACT-01");
        assertEquals(
                List.of(
                        new Views.ReplyView("government", true, "2026-12-01", HostileRelease.REPLY),
                        new Views.ReplyView("expert", false, "2026-12-02", "We read it again; it stays.")),
                concerned.replies());
        Views.AnswerView other = profile.answers().stream()
                .filter(a -> !a.indicator().equals("LAB-ACT-01"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(), other.replies());
    }

    @Test
    void aReleaseWhoseCycleGaveNoRightOfReplyHasNoRepliesAtAll() {
        ReleaseContent without = FreezerTest.frozen();
        Views.RegionProfile profile =
                Views.region(without, "ab12", "ITF3", null).orElseThrow();
        profile.answers().forEach(a -> assertNull(a.replies(), a.indicator()));
    }

    @Test
    void theTableNumbersEachAnswersRepliesFromOneAndMarksTheGovernments() {
        ReleaseTable table = ReplyTable.of(CONTENT);
        assertEquals(
                List.of("region", "indicator", "reply", "by_government", "capacity", "date", "text"),
                table.columns().stream().map(c -> c.name()).toList());
        assertEquals(
                List.of(
                        List.of("ITF3", "LAB-ACT-01", 1, true, "government", "2026-12-01", HostileRelease.REPLY),
                        List.of("ITF3", "LAB-ACT-01", 2, false, "expert", "2026-12-02", "We read it again; it stays.")),
                table.rows());
    }

    @Test
    void normalizingOrdersRepliesByRegionAndIndicatorAndKeepsTheOrderEachAnswersWereWrittenIn() {
        ReleaseContent.Reply first = CONTENT.replies().get(0);
        ReleaseContent.Reply second = CONTENT.replies().get(1);
        ReleaseContent.Reply elsewhere = new ReleaseContent.Reply(
                "ES51", "LAB-ACT-01", "government", java.time.LocalDate.parse("2026-12-03"), "Noted.");
        ReleaseContent mixed = new ReleaseContent(
                CONTENT.header(),
                CONTENT.axes(),
                CONTENT.indicators(),
                CONTENT.regions(),
                CONTENT.answers(),
                CONTENT.scores(),
                CONTENT.translations(),
                List.of(first, elsewhere, second));
        assertEquals(List.of(elsewhere, first, second), mixed.normalized().replies());
        assertEquals(List.of(first, second), mixed.repliesOn("ITF3", "LAB-ACT-01"));
    }

    private static Views.AnswerView answer(Views.RegionProfile profile, String indicator) {
        return profile.answers().stream()
                .filter(a -> a.indicator().equals(indicator))
                .findFirst()
                .orElseThrow();
    }
}
