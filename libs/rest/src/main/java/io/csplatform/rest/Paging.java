package io.csplatform.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every list, one way (conventions.md): newest first by (time, id), {@code ?limit=} 1..500 (default 50), an opaque cursor
 * naming the last item of the page, and a {@code nextCursor} only when more items follow.
 */
public final class Paging {

    private Paging() {
    }

    /** The page size of {@code ?limit=} as the client wrote it; 400 naming {@code limit} unless a number in range. */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 50;
        }
        try {
            return limit(Integer.valueOf(limit.trim()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("limit", "must be between 1 and 500");
        }
    }

    /** The page size of {@code ?limit=}; 400 naming {@code limit} when out of range. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return 50;
        }
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidField("limit", "must be between 1 and 500");
        }
        return limit;
    }

    /** A page from up to {@code limit + 1} rows: the extra row only says that a next page exists. */
    public static <R, T> Page<T> page(List<R> rows, int limit, Function<R, T> view, Function<T, Cursor> at) {
        List<T> items = rows.stream().limit(limit).map(view).toList();
        return new Page<>(items, rows.size() > limit ? at.apply(items.get(limit - 1)).encode() : null);
    }

    /** A timestamp column as the reactive client hands it over. */
    public static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    /** Position after the last item of a page: its time and id. */
    public record Cursor(Instant at, UUID id) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor a list gave; null for the first page; 400 naming {@code cursor} when it is not one. */
        public static Cursor parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave");
            }
        }
    }
}
