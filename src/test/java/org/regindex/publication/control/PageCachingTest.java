package org.regindex.publication.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.SecurityPolicy;
import org.regindex.release.ReleaseTest;
import org.regindex.release.entity.Release;

/** Public pages kept in memory: their tags, their fixed nonce, the budget they fit in, what makes them stale. */
class PageCachingTest {

    private static final String RANDOM_NONCE = "MTExMTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NTU1NTU1NTU1";
    private static final String POLICY =
            SecurityPolicy.of("http://localhost:8080", null, "none").contentSecurityPolicy("/x", RANDOM_NONCE);

    private static RenderedPage page(String address, String language, String publication, int bytes) {
        String tag = RenderedPage.tag(address, language, publication);
        return RenderedPage.of(
                tag,
                publication,
                language,
                "<script nonce=\"" + RANDOM_NONCE + "\">go()</script>" + "x".repeat(bytes),
                "text/html;charset=UTF-8",
                POLICY,
                "public, max-age=60, s-maxage=10",
                null);
    }

    @Test
    void aPageIsTaggedByItsAddressLanguageAndPublicationAndAlikeOnEveryRender() {
        String tag = RenderedPage.tag("/explore/compare.xhtml?release=1.0", "en", "p1");
        assertEquals(tag, RenderedPage.tag("/explore/compare.xhtml?release=1.0", "en", "p1"));
        assertTrue(tag.matches("\"[0-9a-f]{40}\""), tag);
        assertNotEquals(tag, RenderedPage.tag("/explore/compare.xhtml?release=1.0", "de", "p1"));
        assertNotEquals(tag, RenderedPage.tag("/explore/compare.xhtml?release=1.1", "en", "p1"));
        assertNotEquals(tag, RenderedPage.tag("/explore/compare.xhtml?release=1.0", "en", "p2"));
    }

    @Test
    void theRandomNonceBecomesOneMadeFromTheTagInTheBodyAndInThePolicy() {
        RenderedPage once = page("/a", "en", "p1", 10);
        RenderedPage again = page("/a", "en", "p1", 10);
        String body = new String(once.body(), StandardCharsets.UTF_8);
        String fixed = SecurityPolicy.nonceIn(once.securityPolicy());
        assertFalse(body.contains(RANDOM_NONCE), body);
        assertFalse(once.securityPolicy().contains(RANDOM_NONCE));
        assertTrue(body.contains("nonce=\"" + fixed + "\""), body);
        assertArrayEquals(once.body(), again.body(), "two renders of one page send the same bytes");
        assertEquals(once.securityPolicy(), again.securityPolicy());
        assertNotEquals(fixed, SecurityPolicy.nonceIn(page("/b", "en", "p1", 10).securityPolicy()));
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAndMayListSeveralTagsOrAny() {
        RenderedPage page = page("/a", "en", "p1", 1);
        assertTrue(page.matches(page.tag()));
        assertTrue(page.matches("\"other\", W/" + page.tag()));
        assertTrue(page.matches("*"));
        assertFalse(page.matches("\"other\""));
        assertFalse(page.matches(null));
    }

    @Test
    void theStoreKeepsTheMostRecentlyAskedPagesWithinItsBudget() {
        PageStore store = new PageStore(8 * 4_000);
        store.put("a", page("/a", "en", "p1", 2_000));
        store.put("b", page("/b", "en", "p1", 2_000));
        store.put("c", page("/c", "en", "p1", 2_000));
        assertTrue(store.get("a", "p1").isPresent(), "asked now: the most recent");
        for (int i = 0; i < 10; i++) {
            store.put("more" + i, page("/more" + i, "en", "p1", 2_000));
        }
        assertTrue(store.bytes() <= 8 * 4_000, "bytes " + store.bytes());
        assertFalse(store.get("b", "p1").isPresent(), "the least recently asked went first");
        assertTrue(store.get("more9", "p1").isPresent());
    }

    @Test
    void aPageTooLargeForAnEighthOfTheBudgetIsNotKept() {
        PageStore store = new PageStore(8 * 1_000);
        store.put("big", page("/big", "en", "p1", 5_000));
        assertEquals(0, store.size());
        assertEquals(0, store.bytes());
    }

    @Test
    void aPageRenderedUnderAnotherPublicationIsNeverSentAndEveryPageGoesWhenAReleaseChanges() {
        PageStore store = new PageStore(1_000_000);
        store.put("a", page("/a", "en", "p1", 10));
        store.put("b", page("/b", "en", "p1", 10));
        assertFalse(store.get("a", "p2").isPresent());
        assertEquals(1, store.size(), "the stale page is dropped");
        store.forget(new org.regindex.release.entity.ReleaseChanged("1.0"));
        assertEquals(0, store.size());
        assertEquals(0, store.bytes());
    }

    @Test
    void thePublicationChangesWhenAReleaseIsPublishedWithdrawnOrGetsADoiAndWithTheBuild() {
        Release release = ReleaseTest.published();
        String published = PublicationFingerprint.of("build 1", List.of(release));
        assertEquals(published, PublicationFingerprint.of("build 1", List.of(release)));
        assertNotEquals(published, PublicationFingerprint.of("build 2", List.of(release)));
        assertNotEquals(published, PublicationFingerprint.of("build 1", List.of()));

        release.recordDoi("10.5072/regindex.2.1");
        String cited = PublicationFingerprint.of("build 1", List.of(release));
        assertNotEquals(published, cited);

        release.withdraw("A coding error.", Instant.parse("2026-10-01T08:00:00Z"));
        assertNotEquals(cited, PublicationFingerprint.of("build 1", List.of(release)));
    }
}
