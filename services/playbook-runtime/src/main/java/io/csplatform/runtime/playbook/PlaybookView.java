package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

public record PlaybookView(UUID id, String name, Playbook.Status status, int version, JsonNode definition,
                           Instant createdAt, Instant updatedAt) {
}
