package io.csplatform.events.payload;

import java.util.UUID;

/** {@code customer.tag.changed}: one tag was added to or removed from a customer ({@code change}: added / removed). */
public record CustomerTagChanged(UUID customerId, String tag, String change) {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
}
