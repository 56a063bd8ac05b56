package io.csplatform.events.payload;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/**
 * {@code contact.created}: a contact was added to a customer; {@code keyUser} marks a champion; {@code attributes}
 * (optional) its custom attribute values by key.
 */
public record ContactCreated(UUID customerId, UUID contactId, String name, String email, boolean main, boolean keyUser,
                             Map<String, JsonNode> attributes) {
}
