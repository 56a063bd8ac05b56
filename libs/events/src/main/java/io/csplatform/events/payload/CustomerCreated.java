package io.csplatform.events.payload;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code customer.created}: a customer was registered, with its main contact when one was given. The components after
 * {@code mainContact} are optional (added in v1): the rest of the customer as created, {@code attributes} its custom
 * attribute values by key.
 */
public record CustomerCreated(UUID customerId, String name, String externalId, String status, Contact mainContact,
                              LocalDate registrationDate, LocalDate startDate, LocalDate endDate, String plan,
                              List<String> products, List<String> services, List<String> groups, List<String> segments,
                              List<String> tags, UUID portfolioId, UUID parentId, Map<String, JsonNode> attributes,
                              Instant createdAt) {

    /** The first shape of the event, without the optional fields. */
    public CustomerCreated(UUID customerId, String name, String externalId, String status, Contact mainContact) {
        this(customerId, name, externalId, status, mainContact, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    public record Contact(UUID contactId, String name, String email) {
    }
}
