package io.csplatform.events.payload;

import java.util.Map;
import java.util.UUID;

/**
 * Someone a message goes to: a contact of the customer ({@code contactId} set) or an external address.
 * {@code variables}: values for this recipient only (e.g. {@code survey.link}, a personal answer link), merged over
 * the command's when its templates render; null when there are none.
 */
public record Recipient(String name, String email, UUID contactId, Map<String, Object> variables) {

    public Recipient(String name, String email, UUID contactId) {
        this(name, email, contactId, null);
    }
}
