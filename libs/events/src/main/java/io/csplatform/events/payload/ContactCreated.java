package io.csplatform.events.payload;

import java.util.UUID;

/** {@code contact.created}: a contact was added to a customer; {@code keyUser} marks a champion. */
public record ContactCreated(UUID customerId, UUID contactId, String name, String email, boolean main, boolean keyUser) {
}
