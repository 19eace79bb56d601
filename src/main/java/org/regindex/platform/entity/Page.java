package org.regindex.platform.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a list, and the cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
