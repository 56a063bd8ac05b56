package io.csplatform.events.payload;

import java.util.UUID;

/** {@code customer.created}: a customer was registered, with its main contact when one was given. */
public record CustomerCreated(UUID customerId, String name, String externalId, String status, Contact mainContact) {

    public record Contact(UUID contactId, String name, String email) {
    }
}
