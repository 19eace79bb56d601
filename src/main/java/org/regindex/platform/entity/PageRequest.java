package org.regindex.platform.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The page of a list a caller asks for: at most {@code limit} items, after the item a cursor names. A
 * cursor is opaque to callers: the sort key of the last item of the previous page, its parts joined by a
 * line break and written in base64url. Lists query the next items by that key (keyset), never by offset.
 */
public record PageRequest(int limit, List<String> after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public PageRequest {
        after = after == null ? null : List.copyOf(after);
    }

    /** The first page of {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** From the query parameters {@code limit} and {@code cursor} as sent; either may be missing. */
    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(limitOf(limit), cursor == null || cursor.isEmpty() ? null : keyOf(cursor));
    }

    private static int limitOf(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same sentence as a number out of range
        }
        throw new InvalidPage("The limit is a whole number from 1 to " + MAX_LIMIT + " (" + DEFAULT_LIMIT
                + " when left out), not \"" + text + "\".");
    }

    private static List<String> keyOf(String cursor) {
        try {
            String key = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            return Arrays.asList(key.split("\n", -1));
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    static InvalidPage badCursor() {
        return new InvalidPage("The cursor is not one this list gave: take it from the Link header of the"
                + " previous page, or leave it out for the first page.");
    }

    /** The cursor that names an item by its sort key. */
    public static String cursor(List<String> key) {
        return ENCODER.encodeToString(String.join("\n", key).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isFirst() {
        return after == null;
    }

    /** How many items a query fetches: one more than the page holds tells whether another page follows. */
    public int fetch() {
        return limit + 1;
    }

    /** The cursor's key, which must have {@code parts} parts for this list; null on the first page. */
    public List<String> after(int parts) {
        if (after != null && after.size() != parts) {
            throw badCursor();
        }
        return after;
    }

    /** The cursor's key as one id, for lists in the order of their ids; null on the first page. */
    public Long afterId() {
        List<Long> key = afterNumbers(1);
        return key == null ? null : key.get(0);
    }

    /** The cursor's key as {@code parts} whole numbers; null on the first page. */
    public List<Long> afterNumbers(int parts) {
        List<String> key = after(parts);
        if (key == null) {
            return null;
        }
        try {
            return key.stream().map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw badCursor();
        }
    }

    /**
     * The page from what a query fetched ({@link #fetch()} items at most): the first {@code limit} items,
     * and the cursor of the last of them when more were fetched.
     */
    public <T> Page<T> page(List<T> fetched, Function<T, List<String>> sortKey) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = new ArrayList<>(fetched.subList(0, limit));
        return new Page<>(items, cursor(sortKey.apply(items.get(limit - 1))));
    }
}
