package io.csplatform.events.payload;

import io.csplatform.events.payload.CustomerUpdated.FieldChange;

import java.util.Map;
import java.util.UUID;

/** {@code contact.updated}: fields of a contact changed, each with its old and new value. */
public record ContactUpdated(UUID customerId, UUID contactId, Map<String, FieldChange> changes) {
}
