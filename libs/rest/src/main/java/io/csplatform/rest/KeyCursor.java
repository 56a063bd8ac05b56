package io.csplatform.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * An opaque cursor over any sort key ({@link Paging.Cursor} is the (time, id) one): the values of the last item's sort
 * columns, in order, the last one unique (usually the id). For lists whose order is not "newest first", e.g. tasks by
 * due date then position. The client only hands it back; a cursor this list did not give is a 400 naming
 * {@code cursor}.
 */
public record KeyCursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";

    public static KeyCursor of(Object... keys) {
        return new KeyCursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String key(int index) {
        return keys.get(index);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a list gave (with {@code size} keys); null for the first page; 400 naming {@code cursor} otherwise. */
    public static KeyCursor parse(String cursor, int size) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != size) {
                throw new IllegalArgumentException("expected " + size + " keys");
            }
            return new KeyCursor(List.of(parts));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Reads a key with {@code parser} (e.g. {@code UUID::fromString}); a key that does not parse is a 400 naming cursor. */
    public <T> T key(int index, Function<String, T> parser) {
        try {
            return parser.apply(keys.get(index));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** A page from up to {@code limit + 1} items: the extra one only says that a next page exists. */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, KeyCursor> at) {
        List<T> items = rows.stream().limit(limit).toList();
        return new Page<>(items, rows.size() > limit ? at.apply(items.get(limit - 1)).encode() : null);
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "is not a cursor this list gave");
    }
}
