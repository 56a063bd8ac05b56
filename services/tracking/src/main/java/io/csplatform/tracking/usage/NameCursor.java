package io.csplatform.tracking.usage;

import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Cursor of lists ordered by a name (users, features): the opaque last name of the page; 400 naming {@code cursor}. */
public final class NameCursor {

    private NameCursor() {
    }

    /** The name after which the page starts; "" for the first page. */
    public static String after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return "";
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("n:")) {
                throw new IllegalArgumentException();
            }
            return text.substring(2);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave");
        }
    }

    /** A page from up to {@code limit + 1} items: the extra one only says that a next page exists. */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, String> name) {
        List<T> items = rows.stream().limit(limit).toList();
        String next = rows.size() > limit ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("n:" + name.apply(items.get(limit - 1))).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(items, next);
    }
}
