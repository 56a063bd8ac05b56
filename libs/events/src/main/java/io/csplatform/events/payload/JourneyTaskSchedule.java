package io.csplatform.events.payload;

import java.time.LocalDate;
import java.util.UUID;

/** {@code journey.task.schedule}: schedule an existing task {@code dueInDays} after {@code referenceDate}. */
public record JourneyTaskSchedule(ExecutionStep source, UUID customerId, UUID taskId, UUID templateTaskId,
                                  int dueInDays, LocalDate referenceDate, boolean skipWeekends, Assignee assignee) {
}
