package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.InvalidPage;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;

/** How a list's limit and cursor are read, refused and turned into the next page's cursor. */
class PageRequestTest {

    @Test
    void nothingAskedIsTheFirstHundred() {
        PageRequest first = PageRequest.of(null, null);
        assertEquals(100, first.limit());
        assertTrue(first.isFirst());
        assertNull(first.afterId());
        assertEquals(101, first.fetch(), "one more tells whether a next page exists");
        assertEquals(PageRequest.of("", ""), first);
    }

    @Test
    void aLimitIsAWholeNumberFromOneToAThousand() {
        assertEquals(1, PageRequest.of("1", null).limit());
        assertEquals(1000, PageRequest.of(" 1000 ", null).limit());
        for (String bad : List.of("0", "-5", "1001", "ten", "2.5", "99999999999")) {
            InvalidPage refused = assertThrows(InvalidPage.class, () -> PageRequest.of(bad, null), bad);
            assertEquals(
                    "The limit is a whole number from 1 to 1000 (100 when left out), not \"" + bad + "\".",
                    refused.getMessage());
            assertEquals(400, refused.kind().status);
            assertEquals("InvalidPage", refused.condition());
        }
    }

    @Test
    void aPageOfMoreFetchedThanItHoldsNamesItsLastItemAsTheNextCursor() {
        PageRequest request = PageRequest.of("3", null);
        List<Integer> fetched =
                IntStream.rangeClosed(1, request.fetch()).boxed().toList();
        Page<Integer> page = request.page(fetched, n -> List.of(Integer.toString(n * 10)));
        assertEquals(List.of(1, 2, 3), page.items());
        assertEquals(30L, PageRequest.of("3", page.next()).afterId(), "the next page starts after item 3");

        Page<Integer> last = request.page(List.of(7, 8, 9), n -> List.of(n.toString()));
        assertEquals(List.of(7, 8, 9), last.items());
        assertNull(last.next(), "exactly a page: no next one");
    }

    @Test
    void aCursorCarriesAKeyOfSeveralPartsOpaquelyAndUrlSafe() {
        String cursor = PageRequest.cursor(List.of("ES", "ES51/ü?&"));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertEquals(List.of("ES", "ES51/ü?&"), PageRequest.of(null, cursor).after(2));
        assertEquals(
                List.of(4L, 2L),
                PageRequest.of(null, PageRequest.cursor(List.of("4", "2"))).afterNumbers(2));
    }

    @Test
    void aCursorThisListDidNotGiveIsRefused() {
        String sentence = "The cursor is not one this list gave: take it from the Link header of the previous page,"
                + " or leave it out for the first page.";
        assertEquals(
                sentence,
                assertThrows(InvalidPage.class, () -> PageRequest.of(null, "not base64!"))
                        .getMessage());
        PageRequest twoParts = PageRequest.of(null, PageRequest.cursor(List.of("ES", "ES51")));
        assertEquals(
                sentence,
                assertThrows(InvalidPage.class, twoParts::afterId).getMessage(),
                "a region's cursor on a list of ids");
        PageRequest word = PageRequest.of(null, PageRequest.cursor(List.of("latest")));
        assertThrows(InvalidPage.class, word::afterId);
    }
}
