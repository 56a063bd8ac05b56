package io.csplatform.runtime.execution;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An execution with its condition trace ("why did it fire, why not") and the state of each step. */
public record ExecutionView(UUID id, UUID playbookId, int playbookVersion, UUID customerId, UUID triggerEventId,
                            String triggerType, String status, JsonNode trace, List<Step> steps, Instant createdAt) {

    public record Step(int step, String actionType, String status, String detail, Instant updatedAt) {
    }
}
