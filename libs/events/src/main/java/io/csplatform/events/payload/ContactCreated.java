package io.csplatform.events.payload;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code contact.created}: a contact was added to a customer; {@code keyUser} marks a champion; {@code attributes}
 * (optional) its custom attribute values by key; {@code phone}, {@code birthday} and {@code types} optional too.
 */
public record ContactCreated(UUID customerId, UUID contactId, String name, String email, boolean main, boolean keyUser,
                             Map<String, JsonNode> attributes, String phone, LocalDate birthday, List<String> types) {

    /** The shape of the event before phone, birthday and types. */
    public ContactCreated(UUID customerId, UUID contactId, String name, String email, boolean main, boolean keyUser,
                          Map<String, JsonNode> attributes) {
        this(customerId, contactId, name, email, main, keyUser, attributes, null, null, null);
    }
}
