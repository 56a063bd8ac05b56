package io.csplatform.runtime.evaluations;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One evaluation of a playbook for a customer: whether it fired, the execution it opened, and the trace of the
 * trigger and of every condition node with the values it saw ("why did, or didn't, this playbook run").
 */
public record EvaluationView(UUID id, UUID playbookId, int playbookVersion, UUID customerId, UUID occurrenceId,
                             String triggerType, boolean fired, UUID executionId, JsonNode trace, Instant evaluatedAt) {
}
