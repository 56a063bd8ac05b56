package io.csplatform.events.payload;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/**
 * {@code customer.updated}: fields of a customer changed. {@code changes} maps each changed field to its old and
 * new value; {@code externalId} is always the current one, so consumers keyed by the ERP's id can follow it.
 */
public record CustomerUpdated(UUID customerId, String externalId, Map<String, FieldChange> changes) {

    public record FieldChange(JsonNode from, JsonNode to) {
    }
}
