package io.csplatform.events.payload;

import java.util.UUID;

/** {@code journey.checklist-item.complete}: complete the checklist item {@code item} of a task (by id or template task). */
public record JourneyChecklistItemComplete(ExecutionStep source, UUID customerId, UUID taskId, UUID templateTaskId,
                                           String item) {
}
