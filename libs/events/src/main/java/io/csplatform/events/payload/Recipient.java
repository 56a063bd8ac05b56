package io.csplatform.events.payload;

import java.util.UUID;

/** Someone a message goes to: a contact of the customer ({@code contactId} set) or an external address. */
public record Recipient(String name, String email, UUID contactId) {
}
