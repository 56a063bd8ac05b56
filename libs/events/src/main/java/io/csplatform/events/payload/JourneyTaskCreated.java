package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.UUID;

/** {@code journey.task.created}: a task was added to a customer's journey (by a CSM or a playbook step). */
public record JourneyTaskCreated(UUID taskId, UUID customerId, String title, LocalDate dueDate, boolean skipWeekends,
                                 Assignee assignee, ExecutionStep source) {
}
