package io.csplatform.events.payload;

import java.util.UUID;

/** {@code journey.task.complete}: complete a task, named by {@code taskId} or by its template task in the current journey. */
public record JourneyTaskComplete(ExecutionStep source, UUID customerId, UUID taskId, UUID templateTaskId) {
}
