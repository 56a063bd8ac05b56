package io.csplatform.rest;

import java.util.List;

/** A page of a list: {@code {"items": [...], "nextCursor": "..."}}; no cursor on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, null);
    }
}
