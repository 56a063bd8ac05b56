package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** The domain event that may trigger playbooks: its catalog type, payload and when it happened. */
public record TriggerEvent(UUID id, String type, UUID customerId, JsonNode payload, Instant time) {
}
